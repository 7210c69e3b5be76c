namespace Switchboard.Media.Jitter;

/// <summary>What <see cref="JitterBuffer.Get"/> produced for one 20 ms tick.</summary>
public enum JitterBufferFrame
{
    /// <summary>Silence: nothing received yet, or still filling up to the target delay.</summary>
    Buffering,

    /// <summary>A received frame.</summary>
    Played,

    /// <summary>A substitute from packet-loss concealment (a missing frame, or a frame inserted to grow the delay).</summary>
    Concealed,
}
