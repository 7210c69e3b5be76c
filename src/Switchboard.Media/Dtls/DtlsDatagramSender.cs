namespace Switchboard.Media.Dtls;

/// <summary>
/// Sends one DTLS datagram to the peer, typically through the shared media socket to the ICE-selected address. Called
/// from the handshake's own thread; it must be thread-safe and should not block.
/// </summary>
/// <param name="datagram">The datagram; only valid for the duration of the call.</param>
public delegate void DtlsDatagramSender(ReadOnlySpan<byte> datagram);
