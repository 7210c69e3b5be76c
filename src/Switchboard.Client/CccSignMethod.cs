namespace Switchboard.Client;

/// <summary>How <see cref="CccClient"/> signs requests.</summary>
public enum CccSignMethod
{
    /// <summary>TC3-HMAC-SHA256 (API 3.0): JSON body, <c>X-TC-*</c> headers and an Authorization header. The default.</summary>
    Tc3HmacSha256,

    /// <summary>Legacy v1 signature with HMAC-SHA256: flattened parameters in a form body (or query) plus <c>Signature</c>.</summary>
    HmacSha256,

    /// <summary>Legacy v1 signature with HMAC-SHA1.</summary>
    HmacSha1,
}
