namespace Switchboard.Media.Jitter;

/// <summary>How a <see cref="JitterBuffer"/> sizes its playout delay. Delays are in 20 ms frames.</summary>
public sealed record JitterBufferOptions
{
    /// <summary>The least delay kept, however steady the network: 2 frames (40 ms).</summary>
    public int MinDelayFrames { get; init; } = 2;

    /// <summary>The most delay the buffer will grow to: 10 frames (200 ms), past which conversation suffers.</summary>
    public int MaxDelayFrames { get; init; } = 10;

    /// <summary>Frames the buffer can hold ahead of playout; a packet further ahead restarts the stream.</summary>
    public int CapacityFrames { get; init; } = 32;

    /// <summary>
    /// Frames of calm (no late packet) before the target delay may shrink by one frame: 250 (5 s). Growing is
    /// immediate; shrinking is this slow so a bursty network does not make the delay saw up and down.
    /// </summary>
    public int ShrinkAfterFrames { get; init; } = 250;

    /// <summary>
    /// Frames with nothing to play after which the buffer starts over and buffers again: 50 (1 s), for a sender
    /// that went quiet or restarted.
    /// </summary>
    public int RestartAfterFrames { get; init; } = 50;
}
