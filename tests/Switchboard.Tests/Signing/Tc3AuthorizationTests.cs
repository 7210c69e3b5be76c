using Switchboard.CloudApi.Signatures;

namespace Switchboard.Tests.Signing;

public sealed class Tc3AuthorizationTests
{
    private const string Sig = "d07da4c18a7dd6c85cff941129d76bbd84729688c3a67ac17a77f19c0eb97b72";

    public static TheoryData<string, string, string, string, string> WellFormed => new()
    {
        // header, SecretId, Date, Service, SignedHeaders (Signature is always Sig)
        { $"TC3-HMAC-SHA256 Credential=AKIDtestSecretId123/2026-11-24/127/tc3_request, SignedHeaders=content-type;host, Signature={Sig}", "AKIDtestSecretId123", "2026-11-24", "127", "content-type;host" },
        { $"  TC3-HMAC-SHA256   Credential = AKID1/2023-11-14/ccc/tc3_request ,SignedHeaders= content-type;host ,  Signature={Sig}  ", "AKID1", "2023-11-14", "ccc", "content-type;host" },
        { $"TC3-HMAC-SHA256\tCredential=AKID1/2023-11-14/ccc/tc3_request,\tSignedHeaders=content-type;host,\tSignature={Sig}", "AKID1", "2023-11-14", "ccc", "content-type;host" },
        { $"TC3-HMAC-SHA256 Signature={Sig}, SignedHeaders=host;content-type, Credential=AKID1/2023-11-14/ccc/tc3_request", "AKID1", "2023-11-14", "ccc", "host;content-type" },
        { $"TC3-HMAC-SHA256 Credential=AKID1/2023-11-14/localhost:5000/tccc/tc3_request, SignedHeaders=content-type;host, Signature={Sig}", "AKID1", "2023-11-14", "localhost:5000/tccc", "content-type;host" },
        { $"TC3-HMAC-SHA256 Credential=AKID1/2023-11-14/ccc/tc3_request, SignedHeaders=Content-Type;Host;x-tc-action, Signature={Sig.ToUpperInvariant()}", "AKID1", "2023-11-14", "ccc", "Content-Type;Host;x-tc-action" },
    };

    [Theory]
    [MemberData(nameof(WellFormed))]
    public void Well_formed_headers_are_split_into_their_parts(string header, string secretId, string date, string service, string signedHeaders)
    {
        Assert.True(Tc3Authorization.TryParse(header, out var authorization));
        Assert.Equal(secretId, authorization.SecretId.ToString());
        Assert.Equal(date, authorization.Date.ToString());
        Assert.Equal(service, authorization.Service.ToString());
        Assert.Equal(signedHeaders, authorization.SignedHeaders.ToString());
        Assert.Equal(Sig, authorization.Signature.ToString(), ignoreCase: true);
    }

    public static TheoryData<string?> Malformed => new()
    {
        (string?)null,
        "",
        "   ",
        "SKIP",
        "Basic dXNlcjpwYXNz",
        "TC3-HMAC-SHA256",
        "TC3-HMAC-SHA256 ",
        $"TC3-HMAC-SHA1 Credential=AKID1/2023-11-14/ccc/tc3_request, SignedHeaders=content-type;host, Signature={Sig}",
        $"tc3-hmac-sha256 Credential=AKID1/2023-11-14/ccc/tc3_request, SignedHeaders=content-type;host, Signature={Sig}",
        $"TC3-HMAC-SHA256Credential=AKID1/2023-11-14/ccc/tc3_request, SignedHeaders=content-type;host, Signature={Sig}",
        $"TC3-HMAC-SHA256 SignedHeaders=content-type;host, Signature={Sig}",
        "TC3-HMAC-SHA256 Credential=AKID1/2023-11-14/ccc/tc3_request, SignedHeaders=content-type;host",
        $"TC3-HMAC-SHA256 Credential=AKID1/2023-11-14/ccc/tc3_request, Signature={Sig}",
        $"TC3-HMAC-SHA256 Credential=AKID1/2023-11-14/ccc/tc3_request, SignedHeaders=content-type;host, Signature={Sig}, Signature={Sig}",
        $"TC3-HMAC-SHA256 Credential=AKID1/2023-11-14/ccc/tc3_request, SignedHeaders=content-type;host, Signature={Sig}, Region=sg",
        $"TC3-HMAC-SHA256 Credential=AKID1/2023-11-14/ccc/tc3_request, SignedHeaders=content-type;host, Signature={Sig},",
        $"TC3-HMAC-SHA256 Credential AKID1/2023-11-14/ccc/tc3_request, SignedHeaders=content-type;host, Signature={Sig}",
        $"TC3-HMAC-SHA256 Credential=, SignedHeaders=content-type;host, Signature={Sig}",
        $"TC3-HMAC-SHA256 =AKID1/2023-11-14/ccc/tc3_request, SignedHeaders=content-type;host, Signature={Sig}",
        $"TC3-HMAC-SHA256 credential=AKID1/2023-11-14/ccc/tc3_request, SignedHeaders=content-type;host, Signature={Sig}",
        $"TC3-HMAC-SHA256 Credential=AKID1/2023-11-14/ccc/tc3, SignedHeaders=content-type;host, Signature={Sig}",
        $"TC3-HMAC-SHA256 Credential=AKID1/2023-11-14/ccc, SignedHeaders=content-type;host, Signature={Sig}",
        $"TC3-HMAC-SHA256 Credential=AKID1/2023-11-14/tc3_request, SignedHeaders=content-type;host, Signature={Sig}",
        $"TC3-HMAC-SHA256 Credential=AKID1/2023-11-14//tc3_request, SignedHeaders=content-type;host, Signature={Sig}",
        $"TC3-HMAC-SHA256 Credential=/2023-11-14/ccc/tc3_request, SignedHeaders=content-type;host, Signature={Sig}",
        $"TC3-HMAC-SHA256 Credential=AKID1//ccc/tc3_request, SignedHeaders=content-type;host, Signature={Sig}",
        $"TC3-HMAC-SHA256 Credential=AKID1, SignedHeaders=content-type;host, Signature={Sig}",
        $"TC3-HMAC-SHA256 Credential=AKID1/2023-11-14/ccc/tc3_request, SignedHeaders=host, Signature={Sig}",
        $"TC3-HMAC-SHA256 Credential=AKID1/2023-11-14/ccc/tc3_request, SignedHeaders=content-type, Signature={Sig}",
        $"TC3-HMAC-SHA256 Credential=AKID1/2023-11-14/ccc/tc3_request, SignedHeaders=content-type;hostname, Signature={Sig}",
        $"TC3-HMAC-SHA256 Credential=AKID1/2023-11-14/ccc/tc3_request, SignedHeaders=content-type;host, Signature={Sig[..63]}",
        $"TC3-HMAC-SHA256 Credential=AKID1/2023-11-14/ccc/tc3_request, SignedHeaders=content-type;host, Signature={Sig}0",
        $"TC3-HMAC-SHA256 Credential=AKID1/2023-11-14/ccc/tc3_request, SignedHeaders=content-type;host, Signature={Sig[..63]}g",
        $"TC3-HMAC-SHA256 Credential=AKID1/2023-11-14/ccc/tc3_request, SignedHeaders=content-type;host, Signature=",
        "TC3-HMAC-SHA256 Credential=AKID1/2023-11-14/ccc/tc3_request, SignedHeaders=content-type;host, Signature=0a7b88dca1a54f8d2b0b2c33294c595b5930caac07490957d88c784f9d28033a=",
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_headers_are_refused(string? header)
    {
        Assert.False(Tc3Authorization.TryParse(header, out var authorization));
        Assert.True(authorization.SecretId.IsEmpty);
    }

    [Fact]
    public void An_unparsed_authorization_never_verifies()
    {
        var request = new Tc3SignedRequest { Method = "POST", Path = "/", Query = "", Host = "127.0.0.1", Timestamp = "1700000000" };
        Assert.Equal(SignatureCheck.InvalidAuthorization, Tc3RequestVerifier.Verify(default, "key"u8, request, 1700000000));
    }
}
