using System.Buffers;
using System.Security.Cryptography;
using Switchboard.Client.Signing;

namespace Switchboard.CloudApi.Signatures;

/// <summary>
/// Verifies TC3-HMAC-SHA256 signed requests the way Tencent Cloud does (spec/cloud-api.md §A.3), tolerant of the
/// differences between official SDKs: the service comes from the credential scope, and the host is tried as
/// received and, when it carries a port, without it (the node SDK signs the bare host name).
/// </summary>
public static class Tc3RequestVerifier
{
    private const int CanonicalRequestStackSize = 512;

    /// <summary>
    /// Checks the timestamp window, the scope date and the signature. Allocates nothing unless the request
    /// signs a header other than <c>host</c> and <c>content-type</c> (its name is then passed to
    /// <see cref="Tc3SignedRequest.HeaderLookup"/>) or its signing key is not cached yet (once per key, service
    /// and day, see <see cref="Tc3SigningKeyCache"/>).
    /// </summary>
    /// <param name="authorization">The parsed Authorization header.</param>
    /// <param name="secretKeyUtf8">The SecretKey of <see cref="Tc3Authorization.SecretId"/>, UTF-8.</param>
    /// <param name="request">The signed parts of the request as received.</param>
    /// <param name="nowUnixSeconds">Server time.</param>
    /// <param name="maxSkewSeconds">Allowed distance between the timestamp and server time.</param>
    /// <returns>
    /// <see cref="SignatureCheck.SignatureExpire"/> beyond the window; <see cref="SignatureCheck.SignatureFailure"/>
    /// for an unparsable timestamp, a scope date other than the timestamp's UTC date, or a mismatch.
    /// </returns>
    public static SignatureCheck Verify(in Tc3Authorization authorization, ReadOnlySpan<byte> secretKeyUtf8,
        in Tc3SignedRequest request, long nowUnixSeconds, int maxSkewSeconds = SignatureTimestamp.DefaultMaxSkewSeconds)
    {
        if (authorization.Signature.IsEmpty)
        {
            return SignatureCheck.InvalidAuthorization;
        }
        var window = SignatureTimestamp.Check(request.Timestamp, nowUnixSeconds, maxSkewSeconds, out long timestamp);
        if (window != SignatureCheck.Valid)
        {
            return window;
        }
        Span<char> timestampDate = stackalloc char[Tc3Signature.DateLength];
        if (!Tc3Signature.TryFormatDate(timestamp, timestampDate) || !authorization.Date.SequenceEqual(timestampDate))
        {
            return SignatureCheck.SignatureFailure;
        }

        Span<byte> claimed = stackalloc byte[Tc3Signature.HashSize];
        if (Convert.FromHexString(authorization.Signature, claimed, out _, out int claimedLength) != OperationStatus.Done
            || claimedLength != Tc3Signature.HashSize)
        {
            return SignatureCheck.InvalidAuthorization;
        }

        Span<byte> payloadHash = stackalloc byte[Tc3Signature.HexLength];
        if (request.UnsignedPayload)
        {
            Tc3Signature.UnsignedPayloadHash.CopyTo(payloadHash);
        }
        else
        {
            Tc3Signature.HashPayload(request.Body, payloadHash);
        }

        // The signing key depends only on key, date and service: one derivation serves both host candidates
        // and, through the cache, every request of that key and service on that day.
        Span<byte> signingKey = stackalloc byte[Tc3Signature.HashSize];
        Tc3SigningKeyCache.GetSigningKey(secretKeyUtf8, authorization.Date, authorization.Service, signingKey);
        try
        {
            ReadOnlySpan<char> host = request.Host;
            ReadOnlySpan<char> bareHost = WithoutPort(host);
            bool valid = Matches(authorization, request, timestamp, host, payloadHash, signingKey, claimed)
                || (bareHost.Length != host.Length
                    && Matches(authorization, request, timestamp, bareHost, payloadHash, signingKey, claimed));
            return valid ? SignatureCheck.Valid : SignatureCheck.SignatureFailure;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(signingKey);
        }
    }

    private static bool Matches(in Tc3Authorization authorization, in Tc3SignedRequest request, long timestamp,
        ReadOnlySpan<char> host, ReadOnlySpan<byte> payloadHash, ReadOnlySpan<byte> signingKey, ReadOnlySpan<byte> claimed)
    {
        using var canonical = new Tc3CanonicalRequest(stackalloc byte[CanonicalRequestStackSize],
            request.Method, request.Path, request.Query);
        ReadOnlySpan<char> signedHeaders = authorization.SignedHeaders;
        foreach (Range range in signedHeaders.Split(';'))
        {
            ReadOnlySpan<char> name = signedHeaders[range];
            canonical.AppendHeader(name, HeaderValue(name, host, request));
        }
        Span<byte> expected = stackalloc byte[Tc3Signature.HashSize];
        Tc3Signature.ComputeSignature(signingKey, timestamp, authorization.Date, authorization.Service,
            canonical.Complete(signedHeaders, payloadHash), expected);
        return CryptographicOperations.FixedTimeEquals(expected, claimed);
    }

    private static ReadOnlySpan<char> HeaderValue(ReadOnlySpan<char> name, ReadOnlySpan<char> host, in Tc3SignedRequest request)
    {
        if (name.Equals("host", StringComparison.OrdinalIgnoreCase))
        {
            return host;
        }
        if (name.Equals("content-type", StringComparison.OrdinalIgnoreCase))
        {
            return request.ContentType;
        }
        return request.HeaderLookup?.Invoke(name.ToString().ToLowerInvariant());
    }

    /// <summary>
    /// <c>example.com:5000</c> → <c>example.com</c>, <c>[::1]:5000</c> → <c>[::1]</c> (what a URL's hostname
    /// gives); a host without a numeric port is answered unchanged.
    /// </summary>
    private static ReadOnlySpan<char> WithoutPort(ReadOnlySpan<char> host)
    {
        int colon = host.LastIndexOf(':');
        if (colon < 0 || colon == host.Length - 1 || host[(colon + 1)..].ContainsAnyExceptInRange('0', '9'))
        {
            return host;
        }
        ReadOnlySpan<char> name = host[..colon];
        // A bracketed IPv6 literal ends right before its port; an unbracketed one has more colons and no port.
        // Anything else (`[::1]:5000:7`) is not a host with a port, and stripping it would accept a Host that
        // differs from the signed one.
        bool hostName = name.StartsWith('[') ? name.EndsWith(']') : !name.Contains(':');
        return hostName ? name : host;
    }
}
