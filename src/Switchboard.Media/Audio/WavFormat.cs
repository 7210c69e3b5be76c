namespace Switchboard.Media.Audio;

/// <summary>Sample encodings of the WAV files Switchboard plays (always 8 kHz mono).</summary>
public enum WavFormat
{
    /// <summary>16-bit linear PCM (format tag 1).</summary>
    Pcm16 = 1,

    /// <summary>G.711 A-law, 8 bits (format tag 6).</summary>
    ALaw = 6,

    /// <summary>G.711 µ-law, 8 bits (format tag 7).</summary>
    MuLaw = 7,
}
