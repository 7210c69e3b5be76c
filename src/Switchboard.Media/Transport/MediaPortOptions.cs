using System.Net;
using Switchboard.Media.Ice;

namespace Switchboard.Media.Transport;

/// <summary>Where the shared WebRTC media port listens and what it tells browsers to send to.</summary>
public sealed record MediaPortOptions
{
    /// <summary>Address to bind; <see cref="IPAddress.Any"/> (the default) listens on every IPv4 interface.</summary>
    public IPAddress BindAddress { get; init; } = IPAddress.Any;

    /// <summary>UDP port to bind; 0 lets the system choose (tests).</summary>
    public int Port { get; init; }

    /// <summary>
    /// The address browsers should send to when the server is behind a 1:1 NAT (its public address); null advertises
    /// the bound address, or every interface address when bound to "any".
    /// </summary>
    public IPAddress? AdvertisedAddress { get; init; }

    /// <summary>The port to advertise when the NAT maps to another port; null advertises the bound one.</summary>
    public int? AdvertisedPort { get; init; }

    /// <summary>Kernel receive buffer, sized for bursts of many sessions' packets.</summary>
    public int ReceiveBufferBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Consent timing of every session's ICE-lite agent.</summary>
    public IceAgentOptions Ice { get; init; } = IceAgentOptions.Default;
}
