namespace Switchboard.Client.Signing;

/// <summary>HMAC of the legacy v1 signature, named on the wire by the <c>SignatureMethod</c> parameter.</summary>
public enum V1SignatureMethod
{
    /// <summary><c>HmacSHA1</c>: 20-byte HMAC-SHA1; the default when <c>SignatureMethod</c> is absent.</summary>
    HmacSHA1,

    /// <summary><c>HmacSHA256</c>: 32-byte HMAC-SHA256.</summary>
    HmacSHA256,
}
