namespace Switchboard.Media.Srtp;

/// <summary>
/// Both directions of SRTP for one DTLS-SRTP association: <see cref="Outbound"/> protects with the local master key
/// what this side sends, <see cref="Inbound"/> unprotects with the remote one what the peer sends. The two may be
/// driven from different threads; each on its own must not be.
/// </summary>
public sealed class SrtpSession : IDisposable
{
    /// <summary>Derives both directions' session keys from what the DTLS handshake exported.</summary>
    /// <exception cref="ArgumentException">A key or salt has the wrong length for the profile.</exception>
    public SrtpSession(SrtpKeyingMaterial keying)
    {
        ArgumentNullException.ThrowIfNull(keying);
        Outbound = new SrtpContext(keying.Profile, keying.Local);
        try
        {
            Inbound = new SrtpContext(keying.Profile, keying.Remote);
        }
        catch
        {
            Outbound.Dispose();
            throw;
        }
    }

    /// <summary>The negotiated protection profile.</summary>
    public SrtpProfile Profile => Outbound.Profile;

    /// <summary>Protects RTP and RTCP this side sends.</summary>
    public SrtpContext Outbound { get; }

    /// <summary>Unprotects SRTP and SRTCP the peer sends.</summary>
    public SrtpContext Inbound { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Outbound.Dispose();
        Inbound.Dispose();
    }
}
