using Switchboard.Media.Srtp;

namespace Switchboard.Media.Dtls;

/// <summary>How a DTLS-SRTP handshake negotiates and how long it may take.</summary>
public sealed record DtlsSrtpOptions
{
    /// <summary>
    /// SRTP profiles in our order of preference. As server we pick the first one the client offers; as client we
    /// offer them in this order. GCM first: it is cheaper per packet and Chromium offers it.
    /// </summary>
    public IReadOnlyList<SrtpProfile> Profiles { get; init; } = [SrtpProfile.AeadAes128Gcm, SrtpProfile.AesCm128HmacSha1_80];

    /// <summary>
    /// How long the whole handshake may take, measured on the injected <see cref="TimeProvider"/>. Generous because
    /// DTLS retransmits with back-off (1 s, 2 s, 4 s...) when a flight is lost.
    /// </summary>
    public TimeSpan HandshakeTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Largest datagram we send. 1200 bytes fits any path WebRTC uses (IPv6, TURN overhead); larger handshake
    /// messages are fragmented by the DTLS layer.
    /// </summary>
    public int Mtu { get; init; } = 1200;

    /// <summary>
    /// Received datagrams waiting for the handshake thread. A flight is a handful of datagrams; more than this means
    /// a flood, and the excess is dropped and counted.
    /// </summary>
    public int ReceiveQueueCapacity { get; init; } = 64;
}
