using System.Buffers.Binary;

namespace Switchboard.Media.Audio;

/// <summary>
/// Writes 8 kHz 16-bit PCM WAV files (mono or interleaved stereo) as audio arrives. The RIFF and data sizes are
/// rewritten and the file flushed every second of audio, so a process that dies mid-call leaves a file that players
/// open with at most the last second missing; <see cref="Dispose"/> writes the final sizes.
/// </summary>
public sealed class WavWriter : IDisposable
{
    private const int HeaderLength = 44;

    private readonly Stream _stream;
    private readonly int _channels;
    private readonly byte[] _buffer = new byte[2 * 2 * AudioFrame.SampleCount];
    private long _dataLength;
    private long _sinceHeader;
    private bool _disposed;

    /// <summary>Starts a WAV file of <paramref name="channels"/> channels (1 or 2) on <paramref name="stream"/>, which it owns.</summary>
    public WavWriter(Stream stream, int channels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(channels, 2);
        _stream = stream;
        _channels = channels;
        WriteHeader();
    }

    /// <summary>Sample frames (one sample per channel) written so far.</summary>
    public long SampleFrames => _dataLength / (2 * _channels);

    /// <summary>Appends samples (interleaved left, right for stereo).</summary>
    public void Write(ReadOnlySpan<short> samples)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        while (!samples.IsEmpty)
        {
            var count = Math.Min(samples.Length, _buffer.Length / 2);
            for (var i = 0; i < count; i++) BinaryPrimitives.WriteInt16LittleEndian(_buffer.AsSpan(2 * i), samples[i]);
            _stream.Write(_buffer, 0, 2 * count);
            _dataLength += 2 * count;
            _sinceHeader += 2 * count;
            samples = samples[count..];
        }
        if (_sinceHeader >= 2L * _channels * AudioFrame.SampleRate)
        {
            _sinceHeader = 0;
            UpdateHeader();
        }
    }

    /// <summary>Writes the final sizes and closes the file.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        UpdateHeader();
        _stream.Dispose();
    }

    private void UpdateHeader()
    {
        var end = _stream.Position;
        _stream.Position = 0;
        WriteHeader();
        _stream.Position = end;
        _stream.Flush();
    }

    private void WriteHeader()
    {
        Span<byte> header = stackalloc byte[HeaderLength];
        var data = (uint)Math.Min(_dataLength, uint.MaxValue - HeaderLength);
        "RIFF"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], 36 + data);
        "WAVEfmt "u8.CopyTo(header[8..]);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(header[20..], (ushort)WavFormat.Pcm16);
        BinaryPrimitives.WriteUInt16LittleEndian(header[22..], (ushort)_channels);
        BinaryPrimitives.WriteUInt32LittleEndian(header[24..], AudioFrame.SampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(header[28..], (uint)(AudioFrame.SampleRate * 2 * _channels));
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], (ushort)(2 * _channels));
        BinaryPrimitives.WriteUInt16LittleEndian(header[34..], 16);
        "data"u8.CopyTo(header[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(header[40..], data);
        _stream.Write(header);
    }
}
