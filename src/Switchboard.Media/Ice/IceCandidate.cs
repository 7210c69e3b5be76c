using System.Net;

namespace Switchboard.Media.Ice;

/// <summary>
/// A local candidate to put in the SDP as <c>a=candidate:{Foundation} {Component} udp {Priority} {Address} {Port} typ
/// host</c>. ICE-lite only ever has host candidates (RFC 8445 §2.5); the SDP layer formats them.
/// </summary>
/// <param name="Foundation">Groups candidates of the same type, base and protocol (1–32 ICE characters).</param>
/// <param name="Component">1: RTP, with RTCP multiplexed on it.</param>
/// <param name="Priority">RFC 8445 §5.1.2.1 priority.</param>
/// <param name="Address">The address the peer sends to: the public address for NAT deployments.</param>
/// <param name="Port">The UDP port.</param>
public sealed record IceCandidate(string Foundation, int Component, uint Priority, IPAddress Address, int Port)
{
    /// <summary>Transport of every candidate here.</summary>
    public string Transport => "udp";

    /// <summary>Candidate type of every candidate here.</summary>
    public string Type => "host";

    /// <summary>
    /// The RFC 8445 §5.1.2.1 priority of a host candidate: type preference 126, then <paramref name="localPreference"/>
    /// (65535 for the only or best address), then 256 minus the component.
    /// </summary>
    public static uint HostPriority(int localPreference, int component = 1) =>
        (126u << 24) | ((uint)(localPreference & 0xFFFF) << 8) | (uint)(256 - component);
}
