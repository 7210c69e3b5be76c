namespace Switchboard.MediaLoad;

/// <summary>What arrived of the packets a run sent.</summary>
/// <param name="Sent">Packets sent, both directions of every call.</param>
/// <param name="Received">Packets that came back through the relay.</param>
/// <param name="Late">Packets that arrived later than a 60 ms jitter buffer could wait.</param>
/// <param name="SenderBehind">20 ms ticks the driver itself started more than one tick late (the driver, not the relay, was short of CPU).</param>
/// <param name="DelayP50">Median one-way delay through the relay, ms.</param>
/// <param name="DelayP99">99th percentile one-way delay, ms.</param>
/// <param name="DelayMax">Largest one-way delay, ms.</param>
public sealed record StreamReport(long Sent, long Received, long Late, long SenderBehind, double DelayP50, double DelayP99, double DelayMax)
{
    /// <summary>Packets that never arrived.</summary>
    public long Lost => Math.Max(0, Sent - Received);

    /// <summary>Whether every packet arrived in time: the audio a jitter buffer would play is clean.</summary>
    public bool Clean => Lost == 0 && Late == 0;
}
