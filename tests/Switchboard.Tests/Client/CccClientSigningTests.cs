using System.Text;
using Microsoft.Extensions.Time.Testing;
using Switchboard.Client;
using Switchboard.CloudApi.Signatures;
using Switchboard.Tests.Signing;

namespace Switchboard.Tests.Client;

public sealed class CccClientSigningTests
{
    private const long Now = 1795485873;
    private static readonly object LoginRequest = new { SdkAppId = 1400000001, SeatUserId = "agent@example.com", OnlyOnce = true };

    private static async Task<CapturedRequest> SendOne(CccClientOptions options, object request, CccCredential? credential = null,
        long at = Now)
    {
        var handler = new CapturingHandler();
        options.TimeProvider = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(at));
        using var client = new CccClient(credential ?? new CccCredential("AKID1", "key-1"), options, new HttpClient(handler));
        await client.SendAsync<LoginTokenAnswer>("CreateSDKLoginToken", request, TestContext.Current.CancellationToken);
        return Assert.Single(handler.Requests);
    }

    /// <summary>Runs the server's verifier over a captured TC3 request.</summary>
    private static SignatureCheck VerifyTc3(CapturedRequest sent, string secretKey = "key-1", long now = Now)
    {
        Assert.True(Tc3Authorization.TryParse(sent.Header("Authorization"), out var authorization));
        var request = new Tc3SignedRequest
        {
            Method = sent.Method,
            Path = sent.Uri.AbsolutePath,
            Query = sent.Uri.Query.TrimStart('?'),
            Host = sent.Host,
            ContentType = sent.Header("Content-Type"),
            Timestamp = sent.Header("X-TC-Timestamp"),
            Body = sent.Body,
            HeaderLookup = sent.Header,
        };
        return Tc3RequestVerifier.Verify(authorization, Encoding.UTF8.GetBytes(secretKey), request, now);
    }

    [Fact]
    public async Task Signs_the_published_vector_exactly_as_the_node_sdk_for_the_real_endpoint()
    {
        var sent = await SendOne(new CccClientOptions(), LoginRequest,
            new CccCredential(Tc3Vectors.SecretId, Tc3Vectors.SecretKey), Tc3Vectors.Timestamp);

        Assert.Equal(Tc3Vectors.Body, Encoding.UTF8.GetString(sent.Body));
        Assert.Equal(new Uri("https://ccc.tencentcloudapi.com/"), sent.Uri);
        Assert.Equal(
            "TC3-HMAC-SHA256 Credential=AKIDEXAMPLE/2023-11-14/ccc/tc3_request, SignedHeaders=content-type;host, "
            + "Signature=0a7b88dca1a54f8d2b0b2c33294c595b5930caac07490957d88c784f9d28033a",
            sent.Header("Authorization"));
    }

    [Fact]
    public async Task Sends_the_headers_of_the_api()
    {
        var sent = await SendOne(new CccClientOptions { Endpoint = "127.0.0.1:5000", Protocol = "http://" }, LoginRequest);

        Assert.Equal("POST", sent.Method);
        Assert.Equal("http://127.0.0.1:5000/", sent.Uri.ToString());
        Assert.Equal("127.0.0.1:5000", sent.Host);
        Assert.Equal("application/json", sent.Header("Content-Type"));
        Assert.Equal("CreateSDKLoginToken", sent.Header("X-TC-Action"));
        Assert.Equal("2020-02-10", sent.Header("X-TC-Version"));
        Assert.Equal(Now.ToString(), sent.Header("X-TC-Timestamp"));
        Assert.StartsWith("Switchboard.Client/", sent.Header("X-TC-RequestClient"));
        Assert.Null(sent.Header("X-TC-Region"));
        Assert.Null(sent.Header("X-TC-Language"));
        Assert.Null(sent.Header("X-TC-Token"));
        Assert.Equal(SignatureCheck.Valid, VerifyTc3(sent));
    }

    [Fact]
    public async Task Optional_settings_become_headers()
    {
        var sent = await SendOne(new CccClientOptions { Region = "ap-singapore", Language = "zh-CN" }, LoginRequest,
            new CccCredential("AKID1", "key-1", token: "sts-token"));

        Assert.Equal("ap-singapore", sent.Header("X-TC-Region"));
        Assert.Equal("zh-CN", sent.Header("X-TC-Language"));
        Assert.Equal("sts-token", sent.Header("X-TC-Token"));
        Assert.Equal(SignatureCheck.Valid, VerifyTc3(sent));
    }

    public static TheoryData<string, string, string, string> Endpoints => new()
    {
        // endpoint, protocol, method, expected URL
        { "127.0.0.1:5000", "http://", "POST", "http://127.0.0.1:5000/" },
        { "localhost:5080", "http://", "GET", "http://localhost:5080/" },
        { "switchboard.example.com:8443/tccc", "https://", "POST", "https://switchboard.example.com:8443/tccc/" },
        { "switchboard.example.com/tccc/", "https://", "GET", "https://switchboard.example.com/tccc/" },
        { "ccc.tencentcloudapi.com:443", "https://", "POST", "https://ccc.tencentcloudapi.com/" },
        { "[::1]:5080", "http://", "POST", "http://[::1]:5080/" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_endpoint_form_verifies_on_the_server(string endpoint, string protocol, string method, string url)
    {
        var options = new CccClientOptions { Endpoint = endpoint, Protocol = protocol, RequestMethod = new HttpMethod(method) };
        var sent = await SendOne(options, LoginRequest);

        Assert.StartsWith(url, sent.Uri.ToString());
        Assert.Equal(endpoint.TrimEnd('/').Split('/')[0], sent.Host); // the signed host, port and all
        Assert.Equal(SignatureCheck.Valid, VerifyTc3(sent));
    }

    [Fact]
    public async Task Get_flattens_parameters_into_the_query()
    {
        var request = new CreateStaffQuestion(1400000001,
            [new StaffItem("张三", "a+b@x.com", ["g1", "g 2"]), new StaffItem("B", "b@x.com", [], UseMobileCallOut: true)]);

        var sent = await SendOne(new CccClientOptions { RequestMethod = HttpMethod.Get }, request);

        Assert.Equal("GET", sent.Method);
        Assert.Empty(sent.Body);
        Assert.Equal("application/x-www-form-urlencoded", sent.Header("Content-Type"));
        Assert.Equal(
            [
                new("SdkAppId", "1400000001"), new("Staffs.0.Name", "张三"), new("Staffs.0.Mail", "a+b@x.com"),
                new("Staffs.0.SkillGroupNameList.0", "g1"), new("Staffs.0.SkillGroupNameList.1", "g 2"),
                new("Staffs.1.Name", "B"), new("Staffs.1.Mail", "b@x.com"), new("Staffs.1.UseMobileCallOut", "true"),
            ],
            CapturedRequest.DecodeForm(sent.Uri.Query.TrimStart('?')));
        Assert.Equal(SignatureCheck.Valid, VerifyTc3(sent));
    }

    [Fact]
    public async Task Injected_clock_signs_old_requests_that_the_server_rejects()
    {
        var sent = await SendOne(new CccClientOptions(), LoginRequest, at: Now - 600);

        Assert.Equal(SignatureCheck.SignatureExpire, VerifyTc3(sent, now: Now));
        Assert.Equal(SignatureCheck.Valid, VerifyTc3(sent, now: Now - 600));
    }

    [Fact]
    public async Task Another_key_does_not_verify()
    {
        var sent = await SendOne(new CccClientOptions(), LoginRequest);
        Assert.Equal(SignatureCheck.SignatureFailure, VerifyTc3(sent, secretKey: "key-2"));
    }

    [Theory]
    [InlineData(CccSignMethod.HmacSha256, "POST", "HmacSHA256")]
    [InlineData(CccSignMethod.HmacSha1, "POST", "HmacSHA1")]
    [InlineData(CccSignMethod.HmacSha256, "GET", "HmacSHA256")]
    public async Task Legacy_v1_requests_verify_on_the_server(CccSignMethod signMethod, string method, string methodName)
    {
        var options = new CccClientOptions
        {
            Endpoint = "127.0.0.1:5000/tccc", Protocol = "http://", RequestMethod = new HttpMethod(method),
            SignMethod = signMethod, Region = "sg",
        };
        var request = new CreateStaffQuestion(1400000001, [new StaffItem("A", "a@x.com", ["g1"])]);

        var sent = await SendOne(options, request);

        string form = method == "GET" ? sent.Uri.Query.TrimStart('?') : Encoding.UTF8.GetString(sent.Body);
        var parameters = CapturedRequest.DecodeForm(form);
        var byName = parameters.ToDictionary(p => p.Key, p => p.Value);
        Assert.Null(sent.Header("Authorization"));
        Assert.Equal("CreateSDKLoginToken", byName["Action"]);
        Assert.Equal("2020-02-10", byName["Version"]);
        Assert.Equal("AKID1", byName["SecretId"]);
        Assert.Equal("sg", byName["Region"]);
        Assert.Equal(methodName, byName["SignatureMethod"]);
        Assert.Equal("g1", byName["Staffs.0.SkillGroupNameList.0"]);
        Assert.Equal(SignatureCheck.Valid,
            V1RequestVerifier.Verify(sent.Method, sent.Host, sent.Uri.AbsolutePath, parameters, "key-1"u8, Now));
    }
}
