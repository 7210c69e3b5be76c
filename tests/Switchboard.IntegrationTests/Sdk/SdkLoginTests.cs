using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Presence;
using Switchboard.IntegrationTests.ClientScenarios;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.Sdk;

/// <summary>
/// <c>POST /sdk/login</c> from an agent's page: the one-time token from the SdkURL buys a session credential once,
/// within ten minutes, for its own application and agent only.
/// </summary>
public sealed class SdkLoginTests(FakeClockHostFixture fixture) : IClassFixture<FakeClockHostFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private SwitchboardHost Host => fixture.Host;

    [Fact]
    public async Task A_fresh_token_logs_the_agent_in_with_a_session_profile_rest_reasons_and_state()
    {
        using var backend = await TenantBackend.ConnectAsync(Host, o => o.TimeProvider = fixture.Clock);
        await backend.Client.CreateStaffAsync(new()
        {
            SdkAppId = backend.App,
            Staffs = [new() { Mail = "Ann@Example.com", Name = "Ann", Nick = "ann", StaffNumber = "007" }],
        }, Cancellation);

        var reply = await new SdkPage(Host).LoginAsync(backend.App, "ann@example.com", await backend.TokenAsync("ann@example.com"));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.NotEmpty(reply.Session);
        Assert.Equal(900, reply.Body.GetProperty("expiresIn").GetInt32());
        var agent = reply.Body.GetProperty("agent");
        Assert.Equal(("Ann@Example.com", "Ann", "ann", "007", backend.App),
            (agent.GetProperty("userId").GetString(), agent.GetProperty("name").GetString(), agent.GetProperty("nick").GetString(),
             agent.GetProperty("staffNumber").GetString(), agent.GetProperty("sdkAppId").GetInt64()));
        Assert.Equal(["Meal", "Meeting", "Training"], reply.Body.GetProperty("restReasons").EnumerateArray().Select(r => r.GetString()));
        var status = reply.Body.GetProperty("status");
        Assert.Equal("offline", status.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, status.GetProperty("reason").ValueKind);
        Assert.True(status.GetProperty("since").GetInt64() <= fixture.Clock.GetUtcNow().ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task The_login_lists_the_rest_reasons_the_application_configured()
    {
        using var backend = await SdkAgents.TenantWithAgentsAsync(Host, fixture.Clock, "ann@example.com");
        await Host.Services.GetRequiredService<RestReasonCatalog>().SetAsync(backend.App, ["Lunch", "Coaching"], Cancellation);

        var reply = await new SdkPage(Host).LoginAsync(backend.App, "ann@example.com", await backend.TokenAsync("ann@example.com"));

        Assert.Equal(["Lunch", "Coaching"], reply.Body.GetProperty("restReasons").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory]
    [InlineData("used twice", "TokenUsed")]
    [InlineData("ten minutes old", "TokenExpired")]
    [InlineData("one character changed", "TokenInvalid")]
    [InlineData("made up", "TokenInvalid")]
    [InlineData("presented for another agent", "TokenInvalid")]
    [InlineData("presented for another application", "TokenInvalid")]
    public async Task A_token_that_is_not_fresh_and_ones_own_is_refused(string token, string code)
    {
        using var backend = await SdkAgents.TenantWithAgentsAsync(Host, fixture.Clock, "ann@example.com", "bob@example.com");
        using var neighbour = await SdkAgents.TenantWithAgentsAsync(Host, fixture.Clock, "ann@example.com");
        var page = new SdkPage(Host);
        var issued = await backend.TokenAsync("ann@example.com");
        var (app, agent, presented) = (backend.App, "ann@example.com", issued);
        switch (token)
        {
            case "used twice":
                Assert.Equal(HttpStatusCode.OK, (await page.LoginAsync(app, agent, issued)).Status);
                break;
            case "ten minutes old":
                fixture.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
                break;
            case "one character changed":
                presented = (issued[0] == 'A' ? 'B' : 'A') + issued[1..];
                break;
            case "made up":
                presented = "not-a-token";
                break;
            case "presented for another agent":
                agent = "bob@example.com";
                break;
            default:
                app = neighbour.App;
                break;
        }

        var reply = await page.LoginAsync(app, agent, presented);

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.Equal(code, reply.Code);
        Assert.False(string.IsNullOrWhiteSpace(reply.Body.GetProperty("message").GetString()));
        Assert.False(reply.Body.TryGetProperty("session", out _));
    }

    [Fact]
    public async Task Presenting_a_token_for_the_wrong_agent_or_application_does_not_use_it_up()
    {
        using var backend = await SdkAgents.TenantWithAgentsAsync(Host, fixture.Clock, "ann@example.com", "bob@example.com");
        var page = new SdkPage(Host);
        var token = await backend.TokenAsync("ann@example.com");

        Assert.Equal("TokenInvalid", (await page.LoginAsync(backend.App, "bob@example.com", token)).Code);
        Assert.Equal("TokenInvalid", (await page.LoginAsync(backend.Tenant.OtherOwnersSdkAppId, "ann@example.com", token)).Code);

        Assert.Equal(HttpStatusCode.OK, (await page.LoginAsync(backend.App, "ANN@example.com", token)).Status);
    }

    [Fact]
    public async Task An_agent_deleted_after_the_token_was_issued_cannot_log_in()
    {
        using var backend = await SdkAgents.TenantWithAgentsAsync(Host, fixture.Clock, "ann@example.com");
        var token = await backend.TokenAsync("ann@example.com");
        await backend.Client.DeleteStaffAsync(new() { SdkAppId = backend.App, StaffList = ["ann@example.com"] }, Cancellation);

        var reply = await new SdkPage(Host).LoginAsync(backend.App, "ann@example.com", token);

        Assert.Equal((HttpStatusCode.Unauthorized, "AgentNotFound"), (reply.Status, reply.Code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1600000001, \"ann@example.com\", \"token\"]")]
    [InlineData("\"a string\"")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("{\"sdkAppId\": \"1600000001\", \"userId\": \"ann@example.com\", \"token\": \"t\"}")]
    [InlineData("{\"sdkAppId\": 1.5, \"userId\": \"ann@example.com\", \"token\": \"t\"}")]
    [InlineData("{\"sdkAppId\": -1, \"userId\": \"ann@example.com\", \"token\": \"t\"}")]
    [InlineData("{\"sdkAppId\": 99999999999999999999999, \"userId\": \"ann@example.com\", \"token\": \"t\"}")]
    [InlineData("{\"sdkAppId\": 1600000001, \"userId\": 7, \"token\": \"t\"}")]
    [InlineData("{\"sdkAppId\": 1600000001, \"userId\": \"\", \"token\": \"t\"}")]
    [InlineData("{\"sdkAppId\": 1600000001, \"userId\": \"ann@example.com\", \"token\": null}")]
    [InlineData("{\"sdkAppId\": 1600000001, \"userId\": \"ann@example.com\"}")]
    [InlineData("{\"sdkAppId\": 1600000001, \"userId\": \"ann@example.com\", \"token\": \"t\"")]
    [InlineData("{\"a\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}")]
    public async Task A_malformed_body_gets_BadRequest_saying_what_is_wrong(string body)
    {
        using var backend = await TenantBackend.ConnectAsync(Host, o => o.TimeProvider = fixture.Clock);

        var reply = await new SdkPage(Host).PostAsync("/sdk/login", body);

        Assert.Equal((HttpStatusCode.BadRequest, "BadRequest"), (reply.Status, reply.Code));
        Assert.False(string.IsNullOrWhiteSpace(reply.Body.GetProperty("message").GetString()));
        await Host.AssertStillServesAsync(backend.Tenant);
    }

    [Fact]
    public async Task A_body_with_broken_chunked_encoding_gets_BadRequest()
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(Host.BaseAddress.Host, Host.BaseAddress.Port, Cancellation);
        var stream = tcp.GetStream();
        var request = "POST /sdk/login HTTP/1.1\r\nHost: switchboard\r\nContent-Type: application/json\r\n" +
            "Transfer-Encoding: chunked\r\n\r\nnot-a-chunk-size\r\n{}\r\n0\r\n\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(request), Cancellation);

        using var reader = new StreamReader(stream);
        var answer = await reader.ReadToEndAsync(Cancellation);

        Assert.StartsWith("HTTP/1.1 400", answer);
        Assert.Contains("\"code\":\"BadRequest\"", answer);
    }

    [Theory]
    [InlineData(4 * 1024 + 1)]
    [InlineData(5 * 1024 * 1024)]
    public async Task A_body_over_four_kilobytes_is_refused_unread(int size)
    {
        var padding = new string(' ', size);
        var body = $$"""{"sdkAppId": 1600000001, "userId": "ann@example.com", "token": "t"}""" + padding;

        var reply = await new SdkPage(Host).PostAsync("/sdk/login", body[..size]);

        Assert.Equal((HttpStatusCode.BadRequest, "BadRequest"), (reply.Status, reply.Code));
        Assert.Contains("4096 bytes", reply.Body.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("/sdk/login", "content-type")]
    [InlineData("/sdk/session/renew", "authorization")]
    public async Task Any_origin_may_post_json_after_a_preflight_without_credentials(string path, string requestedHeader)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", "https://crm.example.com");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", requestedHeader);

        using var response = await Host.HttpClient.SendAsync(request, Cancellation);

        Assert.True(response.IsSuccessStatusCode, $"preflight answered {(int)response.StatusCode}");
        Assert.Equal("*", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("POST", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")));
        Assert.Contains(requestedHeader, string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }
}
