using System.Net;

namespace Switchboard.Media.Transport;

/// <summary>How a <see cref="PlainRtpLeg"/> binds and where it first sends.</summary>
public sealed record PlainRtpLegOptions
{
    /// <summary>The local address the leg's RTP and RTCP sockets bind (the node's media address).</summary>
    public IPAddress BindAddress { get; init; } = IPAddress.Any;

    /// <summary>
    /// Where the far end's SDP says to send RTP (its <c>c=</c> address and <c>m=</c> port); null when it is not known
    /// and the leg must wait for the far end's first packet to learn it.
    /// </summary>
    public IPEndPoint? Remote { get; init; }

    /// <summary>How many leased ports to try when another program already holds one.</summary>
    public int BindAttempts { get; init; } = 8;

    /// <summary>The clock of the periodic RTCP reports.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
