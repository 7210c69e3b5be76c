using Switchboard.Media.Srtp;

namespace Switchboard.Media.Dtls;

/// <summary>
/// Turns the keying material exported from DTLS into per-direction SRTP master keys (RFC 5764 §4.2): the exporter
/// output is client key, server key, client salt, server salt, back to back.
/// </summary>
internal static class DtlsSrtpKeyExport
{
    /// <summary>The RFC 5764 §4.2 exporter label.</summary>
    internal const string Label = "EXTRACTOR-dtls_srtp";

    internal static int KeyLength(SrtpProfile profile) => profile switch
    {
        SrtpProfile.AesCm128HmacSha1_80 => 16,
        SrtpProfile.AeadAes128Gcm => 16,
        _ => throw new ArgumentOutOfRangeException(nameof(profile)),
    };

    internal static int SaltLength(SrtpProfile profile) => profile switch
    {
        SrtpProfile.AesCm128HmacSha1_80 => 14,
        SrtpProfile.AeadAes128Gcm => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(profile)),
    };

    /// <summary>Bytes to export for <paramref name="profile"/>.</summary>
    internal static int MaterialLength(SrtpProfile profile) => 2 * (KeyLength(profile) + SaltLength(profile));

    /// <summary>Splits exporter output; the client's half is what the client sends with.</summary>
    internal static SrtpKeyingMaterial Split(SrtpProfile profile, ReadOnlySpan<byte> material, DtlsRole role)
    {
        int key = KeyLength(profile), salt = SaltLength(profile);
        var client = new SrtpMasterKey(material[..key].ToArray(), material.Slice(2 * key, salt).ToArray());
        var server = new SrtpMasterKey(material.Slice(key, key).ToArray(), material.Slice(2 * key + salt, salt).ToArray());
        return role == DtlsRole.Client
            ? new SrtpKeyingMaterial(profile, Local: client, Remote: server)
            : new SrtpKeyingMaterial(profile, Local: server, Remote: client);
    }
}
