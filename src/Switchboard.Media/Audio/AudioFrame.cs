using System.Runtime.CompilerServices;

namespace Switchboard.Media.Audio;

/// <summary>
/// One 20 ms frame of 8 kHz, 16-bit mono PCM: 160 samples stored inline, so a frame lives in a field or on the stack
/// and moving audio through legs, bridges and mixers allocates nothing. Convert to <see cref="Span{T}"/> to use it
/// (<c>Span&lt;short&gt; samples = frame;</c>).
/// </summary>
[InlineArray(SampleCount)]
public struct AudioFrame
{
    /// <summary>Samples per frame.</summary>
    public const int SampleCount = 160;

    /// <summary>Samples per second.</summary>
    public const int SampleRate = 8000;

    /// <summary>The time one frame covers, the media clock's period.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromMilliseconds(20);

    private short _first;
}
