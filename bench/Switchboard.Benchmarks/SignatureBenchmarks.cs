using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Switchboard.Client.Signing;
using Switchboard.CloudApi.Signatures;

namespace Switchboard.Benchmarks;

/// <summary>
/// Cost of checking one signed cloud API request, relative to a single HMAC-SHA256 of a TC3 string to sign
/// (the least any verifier must do). The request is the typical CreateSDKLoginToken POST: 72-byte JSON body,
/// signed headers content-type;host, Authorization parsed inside the measured call.
/// </summary>
[MemoryDiagnoser]
public class SignatureBenchmarks
{
    private const string Body = """{"SdkAppId":1400000001,"SeatUserId":"agent@example.com","OnlyOnce":true}""";
    private const string Host = "127.0.0.1:5000";
    private const long Timestamp = 1795485873;

    private readonly byte[] _secretKey = "testSecretKey456"u8.ToArray();
    private readonly byte[] _body = Encoding.UTF8.GetBytes(Body);
    private readonly byte[] _signature = new byte[Tc3Signature.HashSize];
    private byte[] _signingKey = [];
    private byte[] _stringToSign = [];
    private string _timestamp = "";
    private string _nodeAuthorization = "";
    private string _goAuthorization = "";
    private List<KeyValuePair<string, string>> _v1Parameters = [];

    [GlobalSetup]
    public void Setup()
    {
        _timestamp = Timestamp.ToString();
        // Captured from tencentcloud-sdk-nodejs 4.1.313: service "127", signed host without the port.
        _nodeAuthorization = "TC3-HMAC-SHA256 Credential=AKIDtestSecretId123/2026-11-24/127/tc3_request, SignedHeaders=content-type;host, Signature=d07da4c18a7dd6c85cff941129d76bbd84729688c3a67ac17a77f19c0eb97b72";
        _goAuthorization = SignGoStyle();
        _signingKey = new byte[Tc3Signature.HashSize];
        Tc3Signature.DeriveSigningKey(_secretKey, "2026-11-24", "ccc", _signingKey);
        _stringToSign = Encoding.UTF8.GetBytes(
            $"TC3-HMAC-SHA256\n{Timestamp}\n2026-11-24/ccc/tc3_request\n{Convert.ToHexStringLower(SHA256.HashData(_body))}");
        _v1Parameters = SignV1();
        if (Tc3NodeStyle() != SignatureCheck.Valid || Tc3HostWithPort() != SignatureCheck.Valid || V1HmacSha256() != SignatureCheck.Valid)
        {
            throw new InvalidOperationException("A benchmark request does not verify; the numbers would be meaningless.");
        }
    }

    [Benchmark(Baseline = true, Description = "one HMAC-SHA256 of a string to sign")]
    public byte[] SingleHmac()
    {
        HMACSHA256.HashData(_signingKey, _stringToSign, _signature);
        return _signature;
    }

    [Benchmark(Description = "TC3 verify, node SDK (bare host: 2nd host tried)")]
    public SignatureCheck Tc3NodeStyle() => VerifyTc3(_nodeAuthorization);

    [Benchmark(Description = "TC3 verify, Go/Python/.NET SDK (host:port)")]
    public SignatureCheck Tc3HostWithPort() => VerifyTc3(_goAuthorization);

    [Benchmark(Description = "TC3 verify, node SDK, signing key not cached yet")]
    public SignatureCheck Tc3NodeStyleColdKey()
    {
        // The first request of a key, service and day derives the signing key (three more HMACs) and caches it.
        Tc3SigningKeyCache.Clear();
        return VerifyTc3(_nodeAuthorization);
    }

    [Benchmark(Description = "v1 HmacSHA256 verify (11 params)")]
    public SignatureCheck V1HmacSha256()
        => V1RequestVerifier.Verify("POST", Host, "/", _v1Parameters, _secretKey, Timestamp);

    private SignatureCheck VerifyTc3(string header)
    {
        if (!Tc3Authorization.TryParse(header, out var authorization))
        {
            return SignatureCheck.InvalidAuthorization;
        }
        var request = new Tc3SignedRequest
        {
            Method = "POST", Path = "/", Query = "", Host = Host, ContentType = "application/json",
            Timestamp = _timestamp, Body = _body,
        };
        return Tc3RequestVerifier.Verify(authorization, _secretKey, request, Timestamp);
    }

    private string SignGoStyle()
    {
        Span<byte> payloadHash = stackalloc byte[Tc3Signature.HexLength];
        Tc3Signature.HashPayload(_body, payloadHash);
        using var canonical = new Tc3CanonicalRequest(stackalloc byte[512], "POST", "/", "");
        canonical.AppendHeader("content-type", "application/json");
        canonical.AppendHeader("host", Host);
        string signature = Tc3Signature.Sign(_secretKey, Timestamp, "ccc", canonical.Complete("content-type;host", payloadHash));
        return Tc3Signature.FormatAuthorization("AKIDtestSecretId123", "2026-11-24", "ccc", "content-type;host", signature);
    }

    private List<KeyValuePair<string, string>> SignV1()
    {
        List<KeyValuePair<string, string>> parameters =
        [
            new("Action", "CreateSDKLoginToken"), new("Nonce", "22818"), new("Region", "sg"),
            new("RequestClient", "SDK_NODEJS_4.1.313"), new("SdkAppId", "1400000001"),
            new("SeatUserId", "agent@example.com"), new("OnlyOnce", "true"), new("SecretId", "AKIDtestSecretId123"),
            new("SignatureMethod", "HmacSHA256"), new("Timestamp", _timestamp), new("Version", "2020-02-10"),
        ];
        string stringToSign = V1Signature.BuildStringToSign("POST", Host, "/", parameters);
        parameters.Add(new("Signature", V1Signature.Sign(V1SignatureMethod.HmacSHA256, _secretKey, stringToSign)));
        return parameters;
    }
}
