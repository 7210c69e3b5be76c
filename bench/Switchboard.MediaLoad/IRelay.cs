using System.Net;

namespace Switchboard.MediaLoad;

/// <summary>Something that relays a call's RTP between two endpoints: rtpengine, or Switchboard's bridge.</summary>
public interface IRelay : IAsyncDisposable
{
    /// <summary>The relay's name in the report.</summary>
    string Name { get; }

    /// <summary>The relay's process, whose CPU time the driver reads.</summary>
    int ProcessId { get; }

    /// <summary>
    /// Sets up call <paramref name="call"/> between <paramref name="caller"/> and <paramref name="callee"/>; returns
    /// where the caller must send (to reach the callee) and where the callee must send (to reach the caller).
    /// </summary>
    Task<(IPEndPoint CallerSendsTo, IPEndPoint CalleeSendsTo)> OpenCallAsync(int call, IPEndPoint caller, IPEndPoint callee);
}
