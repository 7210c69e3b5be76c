namespace Switchboard.CloudApi;

/// <summary>How a request was signed, which also decides where its parameters are.</summary>
internal enum SigningProtocol
{
    /// <summary>API 3.0: <c>Authorization: TC3-HMAC-SHA256 …</c>, action in <c>X-TC-Action</c>, JSON body or query.</summary>
    Tc3,
    /// <summary>Legacy v1 (HmacSHA1/HmacSHA256): everything, signature included, in form or query parameters.</summary>
    V1,
}
