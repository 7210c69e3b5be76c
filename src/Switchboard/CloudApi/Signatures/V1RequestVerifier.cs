using System.Buffers;
using System.Security.Cryptography;
using Switchboard.Client.Signing;

namespace Switchboard.CloudApi.Signatures;

/// <summary>
/// Verifies legacy v1 signatures (<c>SignatureMethod</c> HmacSHA1 / HmacSHA256, spec/cloud-api.md §A.7), which
/// the node SDK sends when <c>profile.signMethod</c> asks for them: parameters in the form body or query string.
/// </summary>
public static class V1RequestVerifier
{
    private const int StringToSignStackSize = 1024;
    private const string TimestampParameter = "Timestamp";

    /// <summary>Checks the timestamp window and the signature of a v1 request.</summary>
    /// <param name="method">HTTP method as received.</param>
    /// <param name="hostWithPort">
    /// The Host header as received. Every SDK signs its endpoint including the port, which is what a client
    /// puts in Host, so no other form is tried.
    /// </param>
    /// <param name="path">Raw request path, e.g. <c>/</c>.</param>
    /// <param name="parameters">Every decoded form or query parameter, <c>Signature</c> included.</param>
    /// <param name="secretKeyUtf8">The SecretKey of the <c>SecretId</c> parameter, UTF-8.</param>
    /// <param name="nowUnixSeconds">Server time.</param>
    /// <param name="maxSkewSeconds">Allowed distance between <c>Timestamp</c> and server time.</param>
    /// <returns>
    /// <see cref="SignatureCheck.InvalidAuthorization"/> without <c>Signature</c> or <c>Timestamp</c>;
    /// <see cref="SignatureCheck.SignatureExpire"/> beyond the window; <see cref="SignatureCheck.SignatureFailure"/>
    /// for an unknown <c>SignatureMethod</c> (absent means HmacSHA1), an unparsable timestamp or a mismatch.
    /// </returns>
    public static SignatureCheck Verify(string method, string hostWithPort, string path,
        IReadOnlyList<KeyValuePair<string, string>> parameters, ReadOnlySpan<byte> secretKeyUtf8,
        long nowUnixSeconds, int maxSkewSeconds = SignatureTimestamp.DefaultMaxSkewSeconds)
    {
        string? signature = null, timestampText = null, methodName = null;
        // Indexed, not foreach: enumerating through the interface would box the list's enumerator.
        for (int i = 0; i < parameters.Count; i++)
        {
            var (key, value) = parameters[i];
            switch (key)
            {
                case V1Signature.SignatureParameter:
                    signature = value;
                    break;
                case TimestampParameter:
                    timestampText = value;
                    break;
                case V1Signature.MethodParameter:
                    methodName = value;
                    break;
            }
        }
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestampText))
        {
            return SignatureCheck.InvalidAuthorization;
        }
        var window = SignatureTimestamp.Check(timestampText, nowUnixSeconds, maxSkewSeconds, out _);
        if (window != SignatureCheck.Valid)
        {
            return window;
        }
        var hmac = V1SignatureMethod.HmacSHA1;
        if (methodName is not null && !V1Signature.TryParseMethod(methodName, out hmac))
        {
            return SignatureCheck.SignatureFailure;
        }

        int signatureSize = V1Signature.SignatureSize(hmac);
        Span<byte> claimed = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (!Convert.TryFromBase64String(signature, claimed, out int claimedLength) || claimedLength != signatureSize)
        {
            return SignatureCheck.SignatureFailure;
        }

        int maxLength = V1Signature.GetMaxStringToSignByteCount(method, hostWithPort, path, parameters);
        byte[]? rented = maxLength > StringToSignStackSize ? ArrayPool<byte>.Shared.Rent(maxLength) : null;
        Span<byte> stringToSign = rented ?? stackalloc byte[StringToSignStackSize];
        try
        {
            int length = V1Signature.WriteStringToSign(method, hostWithPort, path, parameters, stringToSign);
            Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
            V1Signature.ComputeSignature(hmac, secretKeyUtf8, stringToSign[..length], expected);
            return CryptographicOperations.FixedTimeEquals(expected[..signatureSize], claimed[..signatureSize])
                ? SignatureCheck.Valid
                : SignatureCheck.SignatureFailure;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
