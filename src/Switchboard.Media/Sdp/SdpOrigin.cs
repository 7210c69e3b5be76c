namespace Switchboard.Media.Sdp;

/// <summary>The <c>o=</c> line (RFC 8866 §5.2): who made the description and which version of it this is.</summary>
/// <param name="Username">Usually <c>-</c>.</param>
/// <param name="SessionId">A number unique to the session, kept across versions.</param>
/// <param name="SessionVersion">Increases with every new offer or answer of the session.</param>
/// <param name="NetworkType">Always <c>IN</c>.</param>
/// <param name="AddressType"><c>IP4</c> or <c>IP6</c>.</param>
/// <param name="Address">Where the description was made; browsers write 127.0.0.1.</param>
public sealed record SdpOrigin(string Username, string SessionId, string SessionVersion, string NetworkType, string AddressType, string Address)
{
    /// <summary>The line body without <c>o=</c>.</summary>
    public override string ToString() => $"{Username} {SessionId} {SessionVersion} {NetworkType} {AddressType} {Address}";

    internal static SdpOrigin? TryParse(string value)
    {
        var f = value.Split(' ');
        return f.Length == 6 && f.All(x => x.Length > 0) ? new SdpOrigin(f[0], f[1], f[2], f[3], f[4], f[5]) : null;
    }
}
