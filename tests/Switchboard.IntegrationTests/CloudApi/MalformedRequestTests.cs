using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.CloudApi;

/// <summary>
/// Thousands of generated bad requests against the real server: each must get a well-formed envelope with a
/// Tencent code, none may write anything, and the server must keep answering good requests afterwards.
/// </summary>
public sealed class MalformedRequestTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    private const int GeneratedRequests = 3000;

    private static readonly HashSet<string> ExpectedCodes =
    [
        "InvalidRequest", "MissingParameter", "InvalidParameter", "InvalidParameterValue", "UnknownParameter",
        "InvalidAction", "UnsupportedOperation", "UnsupportedProtocol", "NoSuchVersion", "RequestSizeLimitExceeded",
        "AuthFailure.InvalidAuthorization", "AuthFailure.InvalidSecretId", "AuthFailure.SecretIdNotFound",
        "AuthFailure.SignatureFailure", "AuthFailure.SignatureExpire", "InvalidParameterValue.InstanceNotExist",
        "InvalidParameterValue.AccountNotExist", "InvalidParameterValue.SkillGroupError", "LimitExceeded",
    ];

    [Fact]
    public async Task Generated_malformed_requests_all_get_envelopes_and_change_nothing()
    {
        // Thousands of requests in seconds would trip the per-key rate limit, which is not what this test is about.
        await using var host = await SwitchboardHost.StartAsync(new Dictionary<string, string?> { ["CloudApi:RequestsPerSecondPerKey"] = "0" });
        var tenant = await host.CreateTenantAsync();
        var agentsBefore = await host.CountAgentsAsync(tenant.SdkAppId);
        var random = new Random(20261126);
        var codes = new Dictionary<string, int>();
        var http = host.HttpClient;
        for (var i = 0; i < GeneratedRequests; i++)
        {
            using var request = MalformedRequestGenerator.Next(random, host.BaseAddress, tenant, i);
            using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
            var code = await AssertEnvelopeAsync(response, $"request #{i} ({request.Headers.GetValues("X-Case").Single()})");
            codes[code] = codes.GetValueOrDefault(code) + 1;
        }

        Assert.Equal(agentsBefore, await host.CountAgentsAsync(tenant.SdkAppId));
        // The generator must actually reach every layer: authentication, parsing and binding.
        Assert.Contains("AuthFailure.SignatureFailure", codes.Keys);
        Assert.Contains("InvalidRequest", codes.Keys);
        Assert.Contains("InvalidParameter", codes.Keys);
        Assert.Contains("MissingParameter", codes.Keys);
        Assert.Contains("UnknownParameter", codes.Keys);
        await host.AssertStillServesAsync(tenant);
    }

    [Fact]
    public async Task Garbage_bytes_on_the_socket_do_not_stop_the_server()
    {
        var host = fixture.Host;
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(IPAddress.Loopback, host.BaseAddress.Port, TestContext.Current.CancellationToken);
            var garbage = new byte[random.Next(1, 4096)];
            random.NextBytes(garbage);
            if (i % 3 == 0)
                garbage = [.. "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n"u8, .. garbage];
            try
            {
                await socket.SendAsync(garbage, SocketFlags.None, TestContext.Current.CancellationToken);
                socket.Shutdown(SocketShutdown.Send);
                var buffer = new byte[1024];
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            }
            catch (SocketException)
            {
                // Kestrel may reset a connection that sent nonsense; that is an acceptable answer.
            }
        }
        await host.AssertStillServesAsync(await host.CreateTenantAsync());
    }

    [Fact]
    public async Task Oversized_headers_get_an_http_error_and_the_server_keeps_serving()
    {
        var host = fixture.Host;
        using var request = new HttpRequestMessage(HttpMethod.Post, host.BaseAddress);
        request.Headers.TryAddWithoutValidation("X-TC-Action", new string('A', 80 * 1024));
        request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        using var response = await host.HttpClient.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        await host.AssertStillServesAsync(await host.CreateTenantAsync());
    }

    internal static async Task<string> AssertEnvelopeAsync(HttpResponseMessage response, string what)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{what}: HTTP {(int)response.StatusCode}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.ToString());
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        var body = document.RootElement.GetProperty("Response");
        Assert.True(Guid.TryParse(body.GetProperty("RequestId").GetString(), out _), $"{what}: no RequestId in {text}");
        var error = body.GetProperty("Error");
        var code = error.GetProperty("Code").GetString()!;
        Assert.True(ExpectedCodes.Contains(code), $"{what}: unexpected code {code}: {text}");
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("Message").GetString()), $"{what}: empty message");
        Assert.DoesNotContain("   at ", text); // no stack traces
        return code;
    }
}
