namespace Switchboard.Media;

/// <summary>The <c>Media:*</c> settings: where WebRTC audio is received and where recordings go.</summary>
public sealed class MediaOptions
{
    /// <summary>The one UDP port every WebRTC session uses (ICE, DTLS and SRTP demultiplexed); 0 picks a free one.</summary>
    public int Port { get; set; } = 10000;

    /// <summary>The address the media port binds; 0.0.0.0 for every IPv4 interface.</summary>
    public string BindAddress { get; set; } = "0.0.0.0";

    /// <summary>The address browsers are told to send to, when the server is behind a 1:1 NAT; unset advertises the bound address(es).</summary>
    public string? PublicAddress { get; set; }

    /// <summary>The port to advertise when the NAT maps the media port to another one.</summary>
    public int? PublicPort { get; set; }

    /// <summary>Lowest port of the range for plain RTP legs (carrier side).</summary>
    public int RtpPortMin { get; set; } = 20000;

    /// <summary>Highest port of that range.</summary>
    public int RtpPortMax { get; set; } = 29999;

    /// <summary>Where recordings are written; unset means <c>recordings</c> under <c>Storage:DataDirectory</c>.</summary>
    public string? RecordingsDirectory { get; set; }

    /// <summary>
    /// How long a browser may go without a connectivity check before its leg ends (RFC 7675 consent; browsers check
    /// every few seconds, so a closed page or a dead network ends its leg within this time).
    /// </summary>
    public int ConsentTimeoutSeconds { get; set; } = 30;

    /// <summary>How long the microphone test waits before playing the agent's voice back.</summary>
    public int EchoDelayMilliseconds { get; set; } = 400;

    /// <summary>Most media sessions (legs) this node accepts at once; offers beyond it are refused.</summary>
    public int MaxLegs { get; set; } = 2000;

    /// <summary>
    /// Enables the unauthenticated diagnostic endpoints under <c>/media</c> (echo and bridged rooms), used by the test
    /// suite and the load driver. Never enable on a server reachable from outside.
    /// </summary>
    public bool DiagnosticEndpoints { get; set; }
}
