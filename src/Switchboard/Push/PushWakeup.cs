using System.Threading.Channels;

namespace Switchboard.Push;

/// <summary>Tells this node's dispatcher that a delivery was written, so it sends at once instead of at its next poll.</summary>
public sealed class PushWakeup
{
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    /// <summary>Wakes the dispatcher (or makes its next wait return at once).</summary>
    public void Wake() => _signal.Writer.TryWrite(true);

    /// <summary>Completes when woken; consumes the signal.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        await _signal.Reader.WaitToReadAsync(cancellationToken);
        _signal.Reader.TryRead(out _);
    }
}
