using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.CloudApi;

/// <summary>The HTTP door itself, driven with raw requests signed by an independent signer.</summary>
public sealed class CloudApiEnvelopeTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    private SwitchboardHost Host => fixture.Host;

    private static long Now => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    private static async Task<(JsonElement Response, HttpResponseMessage Http)> SendAsync(SwitchboardHost host, HttpRequestMessage request)
    {
        var http = await host.HttpClient.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, http.StatusCode);
        Assert.Equal("application/json", http.Content.Headers.ContentType?.ToString());
        var text = await http.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (JsonDocument.Parse(text).RootElement.GetProperty("Response").Clone(), http);
    }

    private static string? ErrorCode(JsonElement response) =>
        response.TryGetProperty("Error", out var error) ? error.GetProperty("Code").GetString() : null;

    private HttpRequestMessage Signed(TestTenant tenant, string action, string json, string path = "/", string service = "ccc", bool hostWithPort = true) =>
        Tc3TestSigner.Post(Host.BaseAddress, action, Encoding.UTF8.GetBytes(json), tenant.SecretId, tenant.SecretKey, Now,
            path: path, service: service, hostWithPort: hostWithPort);

    [Theory]
    [InlineData("/", "ccc", true)]
    [InlineData("/", "127", false)]
    [InlineData("/tccc/", "localhost:5000", true)]
    [InlineData("/any/depth/prefix/", "ccc", false)]
    public async Task Answers_signed_requests_at_any_path_with_any_service_in_the_scope(string path, string service, bool hostWithPort)
    {
        var tenant = await Host.CreateTenantAsync();
        var (response, _) = await SendAsync(Host, Signed(tenant, "DescribeStaffInfoList",
            $$"""{"SdkAppId":{{tenant.SdkAppId}},"PageSize":10,"PageNumber":0}""", path, service, hostWithPort));
        Assert.Null(ErrorCode(response));
        Assert.Equal(0, response.GetProperty("TotalCount").GetInt64());
        Assert.True(Guid.TryParse(response.GetProperty("RequestId").GetString(), out _));
    }

    [Fact]
    public async Task Signed_get_with_flattened_query_is_accepted()
    {
        var tenant = await Host.CreateTenantAsync();
        var (response, _) = await SendAsync(Host, Tc3TestSigner.Get(Host.BaseAddress, "DescribeStaffInfoList",
            $"SdkAppId={tenant.SdkAppId}&PageSize=10&PageNumber=0&StaffMail=a%2Bb%40x.com", tenant.SecretId, tenant.SecretKey, Now));
        Assert.Null(ErrorCode(response));
    }

    [Theory]
    [InlineData("NoSuchAction", "InvalidAction", "not an action")]
    [InlineData("DescribeTelCdr", "UnsupportedOperation", "DescribeTelCdr")]
    [InlineData("CreateAutoCalloutTask", "UnsupportedOperation", "does not implement yet")]
    public async Task Unknown_and_unbuilt_actions_are_named_never_faked(string action, string code, string message)
    {
        var tenant = await Host.CreateTenantAsync();
        var (response, _) = await SendAsync(Host, Signed(tenant, action, $$"""{"SdkAppId":{{tenant.SdkAppId}}}"""));
        Assert.Equal(code, ErrorCode(response));
        Assert.Contains(message, response.GetProperty("Error").GetProperty("Message").GetString());
    }

    [Fact]
    public async Task Chinese_messages_when_the_caller_asks_for_them()
    {
        var tenant = await Host.CreateTenantAsync();
        var request = Signed(tenant, "DescribeStaffInfoList", """{"PageSize":10,"PageNumber":0}""");
        request.Headers.TryAddWithoutValidation("X-TC-Language", "zh-CN");
        var (response, _) = await SendAsync(Host, request);
        Assert.Equal("MissingParameter", ErrorCode(response));
        Assert.Contains("缺少必填参数 `SdkAppId`", response.GetProperty("Error").GetProperty("Message").GetString());
    }

    [Fact]
    public async Task Trace_id_is_echoed_for_correlation()
    {
        var tenant = await Host.CreateTenantAsync();
        var request = Signed(tenant, "DescribeStaffInfoList", $$"""{"SdkAppId":{{tenant.SdkAppId}},"PageSize":1,"PageNumber":0}""");
        request.Headers.TryAddWithoutValidation("X-TC-TraceId", "4f1c2b9e-1111-4222-8333-944455556666");
        var (_, http) = await SendAsync(Host, request);
        Assert.Equal("4f1c2b9e-1111-4222-8333-944455556666", http.Headers.GetValues("X-TC-TraceId").Single());
    }

    [Fact]
    public async Task Body_over_ten_megabytes_is_refused_in_the_envelope()
    {
        var tenant = await Host.CreateTenantAsync();
        var padding = new string(' ', 10 * 1024 * 1024);
        var (response, _) = await SendAsync(Host, Signed(tenant, "DescribeStaffInfoList",
            $$"""{"SdkAppId":{{tenant.SdkAppId}},"PageSize":1,"PageNumber":0}{{padding}}"""));
        Assert.Equal("RequestSizeLimitExceeded", ErrorCode(response));
    }

    [Fact]
    public async Task Body_just_under_the_limit_is_read()
    {
        var tenant = await Host.CreateTenantAsync();
        var json = $$"""{"SdkAppId":{{tenant.SdkAppId}},"PageSize":1,"PageNumber":0}""";
        var padding = new string(' ', 10 * 1024 * 1024 - json.Length - 1);
        var (response, _) = await SendAsync(Host, Signed(tenant, "DescribeStaffInfoList", json + padding));
        Assert.Null(ErrorCode(response));
    }

    [Fact]
    public async Task Another_owners_application_is_indistinguishable_from_a_missing_one()
    {
        var tenant = await Host.CreateTenantAsync();
        var (foreign, _) = await SendAsync(Host, Signed(tenant, "DescribeStaffInfoList",
            $$"""{"SdkAppId":{{tenant.OtherOwnersSdkAppId}},"PageSize":1,"PageNumber":0}"""));
        var (missing, _) = await SendAsync(Host, Signed(tenant, "DescribeStaffInfoList",
            """{"SdkAppId":1609999999,"PageSize":1,"PageNumber":0}"""));
        Assert.Equal("InvalidParameterValue.InstanceNotExist", ErrorCode(foreign));
        Assert.Equal(ErrorCode(foreign), ErrorCode(missing));
        Assert.Equal(
            foreign.GetProperty("Error").GetProperty("Message").GetString()!.Replace(tenant.OtherOwnersSdkAppId.ToString(), "N"),
            missing.GetProperty("Error").GetProperty("Message").GetString()!.Replace("1609999999", "N"));
    }

    [Fact]
    public async Task Rate_limit_answers_request_limit_exceeded_per_key()
    {
        await using var host = await SwitchboardHost.StartAsync(new Dictionary<string, string?>
        {
            ["CloudApi:RequestsPerSecondPerKey"] = "1",
            ["CloudApi:BurstPerKey"] = "3",
        });
        var limited = await host.CreateTenantAsync();
        var other = await host.CreateTenantAsync();
        var codes = new List<string?>();
        for (var i = 0; i < 6; i++)
        {
            var (response, _) = await SendAsync(host, Tc3TestSigner.Post(host.BaseAddress, "DescribeStaffInfoList",
                Encoding.UTF8.GetBytes($$"""{"SdkAppId":{{limited.SdkAppId}},"PageSize":1,"PageNumber":0}"""), limited.SecretId, limited.SecretKey, Now));
            codes.Add(ErrorCode(response));
        }
        Assert.Contains("RequestLimitExceeded", codes);
        Assert.Null(codes[0]);
        await host.AssertStillServesAsync(other);
    }

    [Fact]
    public async Task Timestamps_more_than_five_minutes_off_the_server_clock_are_expired()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await SwitchboardHost.StartAsync(clock: clock);
        var tenant = await host.CreateTenantAsync();
        var json = Encoding.UTF8.GetBytes($$"""{"SdkAppId":{{tenant.SdkAppId}},"PageSize":1,"PageNumber":0}""");
        var signedAt = clock.GetUtcNow().ToUnixTimeSeconds();

        clock.Advance(TimeSpan.FromSeconds(299));
        var (fresh, _) = await SendAsync(host, Tc3TestSigner.Post(host.BaseAddress, "DescribeStaffInfoList", json, tenant.SecretId, tenant.SecretKey, signedAt));
        Assert.Null(ErrorCode(fresh));

        clock.Advance(TimeSpan.FromSeconds(2));
        var (stale, _) = await SendAsync(host, Tc3TestSigner.Post(host.BaseAddress, "DescribeStaffInfoList", json, tenant.SecretId, tenant.SecretKey, signedAt));
        Assert.Equal("AuthFailure.SignatureExpire", ErrorCode(stale));
    }

    [Theory]
    [InlineData("Signature")]
    [InlineData("Timestamp")]
    [InlineData("SecretId")]
    public async Task V1_refuses_a_repeated_signing_parameter(string repeated)
    {
        var tenant = await Host.CreateTenantAsync();
        var form = $"Action=DescribeStaffInfoList&Version=2020-02-10&SecretId={tenant.SecretId}&Timestamp={Now}&Nonce=7" +
                   $"&Signature=AAAA&SdkAppId={tenant.SdkAppId}&PageSize=1&PageNumber=0&{repeated}=again";
        var (response, _) = await SendAsync(Host, new HttpRequestMessage(HttpMethod.Post, Host.BaseAddress)
        {
            Content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"),
        });
        Assert.Equal("InvalidParameter", ErrorCode(response));
        Assert.Contains($"`{repeated}` was sent more than once", response.GetProperty("Error").GetProperty("Message").GetString());
    }

    [Fact]
    public async Task Unsupported_method_gets_an_envelope()
    {
        var (response, _) = await SendAsync(Host, new HttpRequestMessage(HttpMethod.Put, Host.BaseAddress));
        Assert.Equal("UnsupportedProtocol", ErrorCode(response));
    }
}
