using System.Security.Cryptography;

namespace Switchboard.Media.Rtp;

/// <summary>
/// The sending side of one RTP stream: its SSRC, the next sequence number and timestamp, and the packet and
/// octet counts an RTCP sender report carries. Initial sequence and timestamp are random (RFC 3550 §5.1) so that
/// a known-plaintext attack on SRTP has less to go on. Not thread-safe: one stream is sent from one place.
/// </summary>
public sealed class RtpStreamSender
{
    /// <summary>Samples in one 20 ms packet at 8 kHz, the timestamp step of every G.711 packet.</summary>
    public const uint SamplesPer20Ms = 160;

    /// <summary>Starts a stream with a random SSRC, sequence number and timestamp.</summary>
    public RtpStreamSender()
        : this((uint)RandomNumberGenerator.GetInt32(int.MinValue, int.MaxValue),
            (ushort)RandomNumberGenerator.GetInt32(0, 0x10000),
            (uint)RandomNumberGenerator.GetInt32(int.MinValue, int.MaxValue))
    {
    }

    /// <summary>Starts a stream with the given initial values (tests, and restoring a stream).</summary>
    public RtpStreamSender(uint ssrc, ushort initialSequence, uint initialTimestamp)
    {
        Ssrc = ssrc;
        NextSequenceNumber = initialSequence;
        NextTimestamp = initialTimestamp;
    }

    /// <summary>Synchronisation source of this stream.</summary>
    public uint Ssrc { get; }

    /// <summary>Sequence number the next packet gets.</summary>
    public ushort NextSequenceNumber { get; private set; }

    /// <summary>Timestamp the next packet gets.</summary>
    public uint NextTimestamp { get; private set; }

    /// <summary>Packets sent so far (the SR "sender's packet count", wrapping at 2^32).</summary>
    public uint PacketCount { get; private set; }

    /// <summary>Payload octets sent so far (the SR "sender's octet count", wrapping at 2^32).</summary>
    public uint OctetCount { get; private set; }

    /// <summary>Timestamp of the last packet written, for the RTP timestamp of a sender report.</summary>
    public uint LastTimestamp { get; private set; }

    /// <summary>
    /// Writes the next packet of the stream into <paramref name="destination"/> and advances the sequence by one and
    /// the timestamp by <paramref name="samples"/> (160 for a 20 ms G.711 frame); false, with the stream unchanged,
    /// when it does not fit.
    /// </summary>
    public bool TryWriteNext(
        Span<byte> destination, byte payloadType, ReadOnlySpan<byte> payload, bool marker, out int written,
        uint samples = SamplesPer20Ms)
    {
        if (!RtpPacketWriter.TryWrite(destination, marker, payloadType, NextSequenceNumber, NextTimestamp, Ssrc, payload,
                out written))
        {
            return false;
        }
        LastTimestamp = NextTimestamp;
        NextSequenceNumber++;
        NextTimestamp += samples;
        PacketCount++;
        OctetCount += (uint)payload.Length;
        return true;
    }

    /// <summary>
    /// Writes a packet with a sequence number and timestamp chosen by the caller (a forwarded packet, renumbered
    /// into this stream) and moves the stream past it when it is the newest so far, so packets sent afterwards
    /// follow on (<paramref name="samples"/> is what the packet covers); false, with the stream unchanged, when it does not fit.
    /// </summary>
    public bool TryWriteAt(
        Span<byte> destination, byte payloadType, ReadOnlySpan<byte> payload, bool marker, ushort sequenceNumber,
        uint timestamp, out int written, uint samples = SamplesPer20Ms)
    {
        if (!RtpPacketWriter.TryWrite(destination, marker, payloadType, sequenceNumber, timestamp, Ssrc, payload, out written))
        {
            return false;
        }
        if ((short)(sequenceNumber - NextSequenceNumber) >= 0)
        {
            NextSequenceNumber = (ushort)(sequenceNumber + 1);
            LastTimestamp = timestamp;
            NextTimestamp = timestamp + samples;
        }
        PacketCount++;
        OctetCount += (uint)payload.Length;
        return true;
    }

    /// <summary>
    /// Moves the timestamp on without sending, for time in which nothing was sent (silence, hold), so the receiver's
    /// playout stays aligned with real time. The sequence number does not move: no packet was lost.
    /// </summary>
    public void Skip(uint samples) => NextTimestamp += samples;
}
