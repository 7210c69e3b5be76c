using Switchboard.Media.Codecs;

namespace Switchboard.Media.Audio;

/// <summary>G.711 as an <see cref="IAudioCodec"/>: one byte per sample, static payload types 0 (PCMU) and 8 (PCMA).</summary>
public sealed class G711Codec : IAudioCodec
{
    private readonly bool _muLaw;

    private G711Codec(string name, byte payloadType, bool muLaw)
    {
        Name = name;
        PayloadType = payloadType;
        _muLaw = muLaw;
    }

    /// <summary>µ-law, payload type 0.</summary>
    public static G711Codec Pcmu { get; } = new("PCMU", 0, muLaw: true);

    /// <summary>A-law, payload type 8.</summary>
    public static G711Codec Pcma { get; } = new("PCMA", 8, muLaw: false);

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public byte PayloadType { get; }

    /// <inheritdoc />
    public int Encode(ReadOnlySpan<short> pcm, Span<byte> payload)
    {
        if (_muLaw) MuLaw.Encode(pcm, payload);
        else ALaw.Encode(pcm, payload);
        return pcm.Length;
    }

    /// <inheritdoc />
    public int Decode(ReadOnlySpan<byte> payload, Span<short> pcm)
    {
        if (_muLaw) MuLaw.Decode(payload, pcm);
        else ALaw.Decode(payload, pcm);
        return payload.Length;
    }
}
