using Microsoft.Extensions.Options;
using Switchboard.CloudApi.Signatures;
using Switchboard.Tenancy;

namespace Switchboard.CloudApi;

/// <summary>
/// Establishes who signed a request (spec §A.3 for TC3, §A.7 for v1) and answers Tencent's AuthFailure codes.
/// </summary>
internal sealed class CloudApiAuthenticator(ApiKeyStore keys, TimeProvider clock, IOptions<CloudApiOptions> options)
{
    private const string ExpectedVersion = "2020-02-10";
    private readonly int _maxSkew = options.Value.MaxClockSkewSeconds;

    public ValueTask<SigningKey> AuthenticateAsync(HttpContext http, IncomingRequest request) =>
        request.Protocol == SigningProtocol.Tc3 ? AuthenticateTc3Async(http, request) : AuthenticateV1Async(http, request);

    private async ValueTask<SigningKey> AuthenticateTc3Async(HttpContext http, IncomingRequest request)
    {
        var headers = http.Request.Headers;
        RequireVersion(headers["X-TC-Version"].ToString());
        var timestamp = headers["X-TC-Timestamp"].ToString();
        if (timestamp.Length == 0)
            throw new CloudApiException(ErrorCodes.MissingParameter,
                "The X-TC-Timestamp header is missing.", "缺少 X-TC-Timestamp 请求头。");
        if (!Tc3Authorization.TryParse(headers.Authorization.ToString(), out var authorization))
            throw new CloudApiException(ErrorCodes.InvalidAuthorization,
                "The Authorization header is not a valid TC3-HMAC-SHA256 authorization " +
                "(expected `TC3-HMAC-SHA256 Credential=SecretId/Date/Service/tc3_request, SignedHeaders=…, Signature=…`).",
                "Authorization 请求头不是合法的 TC3-HMAC-SHA256 签名。");

        var key = await FindKeyAsync(authorization.SecretId.ToString(), http.RequestAborted);
        var signed = new Tc3SignedRequest
        {
            Method = request.Method,
            Path = request.Path,
            Query = request.Query,
            Host = headers.Host.ToString(),
            ContentType = headers.ContentType.ToString(),
            Timestamp = timestamp,
            UnsignedPayload = headers["X-TC-Content-SHA256"] == "UNSIGNED-PAYLOAD",
            Body = request.Body.Span,
            HeaderLookup = name => headers[name].ToString(),
        };
        Check(Tc3RequestVerifier.Verify(authorization, key.SecretKeyUtf8, signed, clock.GetUtcNow().ToUnixTimeSeconds(), _maxSkew));
        return key;
    }

    private async ValueTask<SigningKey> AuthenticateV1Async(HttpContext http, IncomingRequest request)
    {
        RequireVersion(request.Parameter("Version") ?? "");
        // Which copy of a repeated signing parameter counts would be an ambiguity an attacker could use.
        foreach (var name in (ReadOnlySpan<string>)["Action", "Version", "Timestamp", "Nonce", "SecretId", "SignatureMethod", "Signature"])
        {
            if (request.Parameters.Count(p => p.Key == name) > 1)
                throw new CloudApiException(ErrorCodes.InvalidParameter,
                    $"The parameter `{name}` was sent more than once.", $"参数 `{name}` 重复。");
        }
        var secretId = request.Parameter("SecretId");
        if (string.IsNullOrEmpty(secretId))
            throw new CloudApiException(ErrorCodes.MissingParameter,
                "The SecretId parameter is missing.", "缺少 SecretId 参数。");
        if (string.IsNullOrEmpty(request.Parameter("Signature")))
            throw new CloudApiException(ErrorCodes.MissingParameter,
                "The Signature parameter is missing.", "缺少 Signature 参数。");
        if (string.IsNullOrEmpty(request.Parameter("Timestamp")))
            throw new CloudApiException(ErrorCodes.MissingParameter,
                "The Timestamp parameter is missing.", "缺少 Timestamp 参数。");
        var key = await FindKeyAsync(secretId, http.RequestAborted);
        Check(V1RequestVerifier.Verify(request.Method, http.Request.Headers.Host.ToString(), request.Path,
            request.Parameters, key.SecretKeyUtf8, clock.GetUtcNow().ToUnixTimeSeconds(), _maxSkew));
        return key;
    }

    private async ValueTask<SigningKey> FindKeyAsync(string secretId, CancellationToken cancellationToken)
    {
        if (secretId.Length is 0 or > 128 || !secretId.All(char.IsAsciiLetterOrDigit))
            throw new CloudApiException(ErrorCodes.InvalidSecretId,
                "The SecretId is not in a valid format.", "SecretId 格式不正确。");
        return await keys.FindSigningKeyAsync(secretId, cancellationToken)
            ?? throw new CloudApiException(ErrorCodes.SecretIdNotFound,
                "The SecretId does not exist or has been revoked.", "SecretId 不存在或已被禁用。");
    }

    private static void RequireVersion(string version)
    {
        if (version.Length == 0)
            throw new CloudApiException(ErrorCodes.MissingParameter,
                $"The API version is missing: send X-TC-Version (or Version) `{ExpectedVersion}`.",
                $"缺少接口版本：请发送 X-TC-Version（或 Version）`{ExpectedVersion}`。");
        if (version != ExpectedVersion)
            throw new CloudApiException(ErrorCodes.NoSuchVersion,
                $"Version `{IncomingRequest.Shorten(version)}` does not exist; this API is `{ExpectedVersion}`.",
                $"接口版本 `{IncomingRequest.Shorten(version)}` 不存在，应为 `{ExpectedVersion}`。");
    }

    private static void Check(SignatureCheck result)
    {
        switch (result)
        {
            case SignatureCheck.Valid:
                return;
            case SignatureCheck.SignatureExpire:
                throw new CloudApiException(ErrorCodes.SignatureExpire,
                    "The request timestamp is more than 5 minutes away from the server time; check the client's clock.",
                    "请求时间戳与服务器时间相差超过 5 分钟，请检查客户端时钟。");
            case SignatureCheck.InvalidAuthorization:
                throw new CloudApiException(ErrorCodes.InvalidAuthorization,
                    "The authorization is malformed.", "签名格式不正确。");
            default:
                throw new CloudApiException(ErrorCodes.SignatureFailure,
                    "The signature does not match: check the SecretKey and that the request is sent exactly as it was signed.",
                    "签名验证失败：请检查 SecretKey，以及请求是否与签名时完全一致。");
        }
    }
}
