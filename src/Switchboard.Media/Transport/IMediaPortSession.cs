using System.Net;

namespace Switchboard.Media.Transport;

/// <summary>
/// What a WebRTC session registered on a <see cref="MediaPort"/> receives. Calls come from the port's receive loop
/// (datagrams, selection changes) or the consent timer (consent lost); they must not block, and a datagram's bytes
/// are only valid during the call. An exception thrown here is counted and swallowed.
/// </summary>
public interface IMediaPortSession
{
    /// <summary>A DTLS record, SRTP or SRTCP packet from an address that passed a valid connectivity check.</summary>
    void OnDatagram(PacketKind kind, ReadOnlySpan<byte> datagram);

    /// <summary>The browser nominated a (new) pair: media now goes to <paramref name="remote"/>.</summary>
    void OnSelectedRemoteChanged(IPEndPoint remote);

    /// <summary>No valid check within the consent timeout: the browser is gone; end the session.</summary>
    void OnConsentLost();
}
