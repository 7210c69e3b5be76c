using System.Text;
using Switchboard.CloudApi.Signatures;
using Switchboard.Client.Signing;

namespace Switchboard.Tests.Signing;

public sealed class Tc3RequestVerifierTests
{
    private const string Json = "application/json";
    private static readonly long CapturedTs = Tc3Vectors.Captured.Timestamp;

    /// <summary>One request as the server receives it; every field defaults to the §A.9 capture.</summary>
    public sealed record Received
    {
        /// <summary>What differs from the capture; names the theory row.</summary>
        public string Case { get; init; } = "";
        public string Authorization { get; init; } = Tc3Vectors.Captured.Authorization;
        public string SecretKey { get; init; } = Tc3Vectors.Captured.SecretKey;
        public string Method { get; init; } = "POST";
        public string Path { get; init; } = "/";
        public string Query { get; init; } = "";
        public string Host { get; init; } = Tc3Vectors.Captured.Host;
        public string? ContentType { get; init; } = Json;
        public string? Timestamp { get; init; } = Tc3Vectors.Captured.Timestamp.ToString();
        public string Body { get; init; } = Tc3Vectors.Body;
        public bool UnsignedPayload { get; init; }
        public Func<string, string?>? HeaderLookup { get; init; }
        public long Now { get; init; } = Tc3Vectors.Captured.Timestamp;

        public SignatureCheck Verify()
        {
            if (!Tc3Authorization.TryParse(Authorization, out var authorization))
            {
                return SignatureCheck.InvalidAuthorization;
            }
            var request = new Tc3SignedRequest
            {
                Method = Method, Path = Path, Query = Query, Host = Host, ContentType = ContentType,
                Timestamp = Timestamp, UnsignedPayload = UnsignedPayload, Body = Encoding.UTF8.GetBytes(Body),
                HeaderLookup = HeaderLookup,
            };
            return Tc3RequestVerifier.Verify(authorization, Encoding.UTF8.GetBytes(SecretKey), request, Now);
        }

        public override string ToString() => Case;
    }

    public static TheoryData<Received, SignatureCheck> CapturedRequestCases => new()
    {
        { new Received { Case = "as captured: Host with port, node signed the bare host" }, SignatureCheck.Valid },
        { new Received { Case = "Host without port", Host = "127.0.0.1" }, SignatureCheck.Valid },
        { new Received { Case = "another host", Host = "127.0.0.2:5000" }, SignatureCheck.SignatureFailure },
        { new Received { Case = "another host name", Host = "localhost:5000" }, SignatureCheck.SignatureFailure },
        { new Received { Case = "tampered body", Body = Tc3Vectors.Body.Replace("true", "false") }, SignatureCheck.SignatureFailure },
        { new Received { Case = "body with one more space", Body = Tc3Vectors.Body + " " }, SignatureCheck.SignatureFailure },
        { new Received { Case = "wrong key", SecretKey = "testSecretKey457" }, SignatureCheck.SignatureFailure },
        { new Received { Case = "other method", Method = "PUT" }, SignatureCheck.SignatureFailure },
        { new Received { Case = "other path", Path = "/tccc/" }, SignatureCheck.SignatureFailure },
        { new Received { Case = "added query", Query = "x=1" }, SignatureCheck.SignatureFailure },
        { new Received { Case = "other content type", ContentType = "application/json; charset=utf-8" }, SignatureCheck.SignatureFailure },
        { new Received { Case = "no content type", ContentType = null }, SignatureCheck.SignatureFailure },
        { new Received { Case = "other timestamp, same date", Timestamp = (CapturedTs + 1).ToString(), Now = CapturedTs + 1 }, SignatureCheck.SignatureFailure },
        { new Received { Case = "received 300 s later", Now = CapturedTs + 300 }, SignatureCheck.Valid },
        { new Received { Case = "received 301 s later", Now = CapturedTs + 301 }, SignatureCheck.SignatureExpire },
        { new Received { Case = "received 300 s earlier", Now = CapturedTs - 300 }, SignatureCheck.Valid },
        { new Received { Case = "received 301 s earlier", Now = CapturedTs - 301 }, SignatureCheck.SignatureExpire },
        { new Received { Case = "ten minutes old, wrong key too", Now = CapturedTs + 600, SecretKey = "x" }, SignatureCheck.SignatureExpire },
        { new Received { Case = "no timestamp", Timestamp = null }, SignatureCheck.SignatureFailure },
        { new Received { Case = "timestamp not a number", Timestamp = "soon" }, SignatureCheck.SignatureFailure },
        { new Received { Case = "signed timestamp", Timestamp = "+" + CapturedTs }, SignatureCheck.SignatureFailure },
        { new Received { Case = "timestamp in milliseconds", Timestamp = CapturedTs + "000" }, SignatureCheck.SignatureExpire },
        { new Received { Case = "signature flipped", Authorization = Tc3Vectors.Captured.Authorization.Replace("b72", "b73") }, SignatureCheck.SignatureFailure },
        { new Received { Case = "other SecretId: not in the signed text, the key lookup binds it", Authorization = Tc3Vectors.Captured.Authorization.Replace("AKIDtest", "AKIDbest") }, SignatureCheck.Valid },
        { new Received { Case = "other service in scope", Authorization = Tc3Vectors.Captured.Authorization.Replace("/127/", "/ccc/") }, SignatureCheck.SignatureFailure },
        { new Received { Case = "scope date not the timestamp's", Authorization = Tc3Vectors.Captured.Authorization.Replace("2026-11-24", "2026-11-25") }, SignatureCheck.SignatureFailure },
        { new Received { Case = "malformed authorization", Authorization = "TC3-HMAC-SHA256 Credential=AKID" }, SignatureCheck.InvalidAuthorization },
    };

    [Theory]
    [MemberData(nameof(CapturedRequestCases))]
    public void Captured_node_request(Received received, SignatureCheck expected)
        => Assert.Equal(expected, received.Verify());

    [Fact]
    public void Scope_date_must_be_the_timestamps_utc_date_even_when_the_signature_is_consistent()
    {
        string signedWithOtherDate = ReferenceTc3Signer.Authorization("AKID1", "key", CapturedTs, "ccc", "POST", "/", "",
            Json, "127.0.0.1:5000", ReferenceTc3Signer.Sha256Hex(Tc3Vectors.Body), date: "2026-11-23");
        string signedWithItsDate = ReferenceTc3Signer.Authorization("AKID1", "key", CapturedTs, "ccc", "POST", "/", "",
            Json, "127.0.0.1:5000", ReferenceTc3Signer.Sha256Hex(Tc3Vectors.Body));

        Assert.Equal(SignatureCheck.SignatureFailure, new Received { Authorization = signedWithOtherDate, SecretKey = "key" }.Verify());
        Assert.Equal(SignatureCheck.Valid, new Received { Authorization = signedWithItsDate, SecretKey = "key" }.Verify());
    }

    [Theory]
    [InlineData("127.0.0.1:5000", "127.0.0.1:5000", SignatureCheck.Valid)]   // Go, Python, .NET: host with port
    [InlineData("127.0.0.1:5000", "127.0.0.1", SignatureCheck.SignatureFailure)] // a port is never added
    [InlineData("ccc.tencentcloudapi.com", "ccc.tencentcloudapi.com", SignatureCheck.Valid)]
    [InlineData("[::1]", "[::1]:5000", SignatureCheck.Valid)]
    [InlineData("[::1]:5000", "[::1]:5000", SignatureCheck.Valid)]
    [InlineData("example.com", "example.com:", SignatureCheck.SignatureFailure)]
    [InlineData("example.com", "example.com:80x", SignatureCheck.SignatureFailure)]
    [InlineData("Example.COM", "Example.COM:8443", SignatureCheck.Valid)]
    [InlineData("example.com", "Example.COM:8443", SignatureCheck.SignatureFailure)]
    public void Host_is_tried_as_received_then_without_its_port(string signedHost, string receivedHost, SignatureCheck expected)
    {
        string authorization = ReferenceTc3Signer.Authorization("AKID1", "key", CapturedTs, "ccc", "POST", "/", "",
            Json, signedHost, ReferenceTc3Signer.Sha256Hex(Tc3Vectors.Body));
        Assert.Equal(expected, new Received { Authorization = authorization, SecretKey = "key", Host = receivedHost }.Verify());
    }

    [Theory]
    [InlineData(Tc3Vectors.Get.Query, SignatureCheck.Valid)]
    [InlineData("SdkAppId=1400000001&PageSize=10&PageNumber=0&StaffMail=a%2bb%40x.com", SignatureCheck.SignatureFailure)]
    [InlineData("PageNumber=0&PageSize=10&SdkAppId=1400000001&StaffMail=a%2Bb%40x.com", SignatureCheck.SignatureFailure)]
    [InlineData("", SignatureCheck.SignatureFailure)]
    public void Get_signs_the_raw_query_exactly_as_sent(string receivedQuery, SignatureCheck expected)
    {
        // Signature produced by the node SDK's own signer for the unsorted, percent-encoded query.
        string authorization = $"TC3-HMAC-SHA256 Credential={Tc3Vectors.SecretId}/{Tc3Vectors.Date}/127/tc3_request, SignedHeaders=content-type;host, Signature={Tc3Vectors.Get.Signature}";
        var received = new Received
        {
            Authorization = authorization, SecretKey = Tc3Vectors.SecretKey, Method = "GET", Query = receivedQuery,
            ContentType = Tc3Vectors.Get.ContentType, Body = "", Timestamp = Tc3Vectors.Timestamp.ToString(), Now = Tc3Vectors.Timestamp,
        };
        Assert.Equal(expected, received.Verify());
    }

    [Fact]
    public void Long_get_query_is_verified()
    {
        string query = string.Join('&', Enumerable.Range(0, 2500).Select(i => $"SkillGroupIds.{i}={i}"));
        Assert.True(query.Length > 30_000);
        string authorization = ReferenceTc3Signer.Authorization("AKID1", "key", CapturedTs, "ccc", "GET", "/", query,
            Tc3Vectors.Get.ContentType, "127.0.0.1:5000", Tc3Vectors.EmptySha256);
        var received = new Received
        {
            Authorization = authorization, SecretKey = "key", Method = "GET", Query = query, ContentType = Tc3Vectors.Get.ContentType, Body = "",
        };
        Assert.Equal(SignatureCheck.Valid, received.Verify());
        Assert.Equal(SignatureCheck.SignatureFailure, (received with { Query = query + "0" }).Verify());
    }

    [Fact]
    public void Path_prefixed_endpoint_from_the_node_sdk()
    {
        string authorization = $"TC3-HMAC-SHA256 Credential={Tc3Vectors.SecretId}/{Tc3Vectors.Date}/{Tc3Vectors.PathPrefix.Service}/tc3_request, SignedHeaders=content-type;host, Signature={Tc3Vectors.PathPrefix.Signature}";
        var received = new Received
        {
            Authorization = authorization, SecretKey = Tc3Vectors.SecretKey, Host = "localhost:5000", Path = Tc3Vectors.PathPrefix.Path,
            Timestamp = Tc3Vectors.Timestamp.ToString(), Now = Tc3Vectors.Timestamp,
        };
        Assert.Equal(SignatureCheck.Valid, received.Verify());
        Assert.Equal(SignatureCheck.SignatureFailure, (received with { Path = "/" }).Verify());
    }

    [Theory]
    [InlineData(true, SignatureCheck.Valid)]
    [InlineData(false, SignatureCheck.SignatureFailure)]
    public void Unsigned_payload_leaves_the_body_out(bool unsignedPayloadHeader, SignatureCheck expected)
    {
        string authorization = ReferenceTc3Signer.Authorization("AKID1", "key", CapturedTs, "ccc", "POST", "/", "",
            Json, "127.0.0.1:5000", ReferenceTc3Signer.Sha256Hex(Tc3Signature.UnsignedPayload));
        var received = new Received
        {
            Authorization = authorization, SecretKey = "key", Body = """{"any":"body"}""", UnsignedPayload = unsignedPayloadHeader,
        };
        Assert.Equal(expected, received.Verify());
    }

    [Theory]
    [InlineData("CreateSDKLoginToken", SignatureCheck.Valid)]
    [InlineData("DeleteStaff", SignatureCheck.SignatureFailure)]
    [InlineData(null, SignatureCheck.SignatureFailure)]
    public void Extra_signed_headers_are_read_through_the_lookup(string? actionHeader, SignatureCheck expected)
    {
        string authorization = ReferenceTc3Signer.Authorization("AKID1", "key", CapturedTs, "ccc", "POST", "/", "",
            Json, "127.0.0.1:5000", ReferenceTc3Signer.Sha256Hex(Tc3Vectors.Body), null, ("x-tc-action", "CreateSDKLoginToken"));
        var askedFor = new List<string>();
        var received = new Received
        {
            Authorization = authorization, SecretKey = "key",
            HeaderLookup = name => { askedFor.Add(name); return name == "x-tc-action" ? actionHeader : null; },
        };

        Assert.Equal(expected, received.Verify());
        Assert.Contains("x-tc-action", askedFor);
    }

    [Fact]
    public void Extra_signed_header_without_a_lookup_counts_as_empty()
    {
        string authorization = ReferenceTc3Signer.Authorization("AKID1", "key", CapturedTs, "ccc", "POST", "/", "",
            Json, "127.0.0.1:5000", ReferenceTc3Signer.Sha256Hex(Tc3Vectors.Body), null, ("x-tc-region", ""));
        Assert.Equal(SignatureCheck.Valid, new Received { Authorization = authorization, SecretKey = "key" }.Verify());
    }
}
