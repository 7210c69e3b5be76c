using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace Switchboard.Sdk.Hub;

/// <summary>
/// Offers every hub exactly one protocol, <see cref="StrictJsonHubProtocol"/>. SignalR's own resolver takes whichever
/// "json" protocol was registered last, and every <c>AddSignalR()</c> a feature calls registers the stock one again, so
/// the strict protocol is chosen here rather than by registration order.
/// </summary>
public sealed class StrictHubProtocolResolver(StrictJsonHubProtocol protocol) : IHubProtocolResolver
{
    public IReadOnlyList<IHubProtocol> AllProtocols { get; } = [protocol];

    public IHubProtocol? GetProtocol(string protocolName, IReadOnlyList<string>? supportedProtocols) =>
        string.Equals(protocolName, protocol.Name, StringComparison.OrdinalIgnoreCase) && (supportedProtocols is null || supportedProtocols.Contains(protocolName, StringComparer.OrdinalIgnoreCase))
            ? protocol
            : null;
}
