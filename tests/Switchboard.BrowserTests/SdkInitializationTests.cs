using Microsoft.Extensions.Time.Testing;
using Switchboard.BrowserTests.Infrastructure;

namespace Switchboard.BrowserTests;

/// <summary>
/// The guide's Step 3 in a real browser: a page on another origin injects the SdkURL script and waits for
/// <c>ready</c> — or gets <c>tokenExpired</c> with a message, and never <c>ready</c>, when the token is no good.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SdkInitializationTests(BrowserFixture fixture)
{
    private const string Ann = "ann@example.com";

    /// <summary>How long a refused page is watched for a stray <c>ready</c>.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(750);

    [Fact]
    public async Task A_fresh_sdk_url_loaded_cross_origin_logs_the_agent_in_and_fires_ready_once()
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        var sdkUrl = await BrowserFixture.SdkUrlAsync(backend, Ann);
        await using var page = await fixture.OpenAsync(new BusinessPage());

        Assert.True(await page.InjectAsync(sdkUrl));
        await page.WaitForEventAsync("ready");
        await Task.Delay(Quiet, TestContext.Current.CancellationToken);

        Assert.Single(await page.EventsAsync("ready"));
        Assert.Empty(await page.EventsAsync("tokenExpired"));
        Assert.NotEqual(new Uri(page.Page.Url).GetLeftPart(UriPartial.Authority), new Uri(sdkUrl).GetLeftPart(UriPartial.Authority));
        Assert.Equal("anonymous", await page.EvaluateAsync<string>("() => document.querySelector('script[src*=\"/sdk/\"]').crossOrigin"));
        Assert.Equal(1, await page.EvaluateAsync<int>("() => document.querySelectorAll(\"body > t3c-sdk#tcccSdkDomRoot\").length"));
        Assert.Equal("free", await page.EvaluateAsync<string>("() => tccc.Agent.getStatus()"));
        Assert.True(await page.Page.Locator("t3c-sdk .fab").IsVisibleAsync(), "the floating button shows by default");
    }

    [Fact]
    public async Task A_reused_sdk_url_fires_token_expired_with_a_message_and_never_ready()
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        var sdkUrl = await BrowserFixture.SdkUrlAsync(backend, Ann);
        await using var first = await fixture.OpenAsync(new BusinessPage());
        await first.InjectAsync(sdkUrl);
        await first.WaitForEventAsync("ready");

        await using var second = await fixture.OpenAsync(new BusinessPage());
        await second.InjectAsync(sdkUrl);

        await AssertRefusedAsync(second);
    }

    [Fact]
    public async Task A_token_older_than_ten_minutes_on_the_servers_clock_fires_token_expired()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = await SwitchboardHost.StartAsync(clock: clock);
        using var backend = await TenantBackend.ConnectAsync(server, options => options.TimeProvider = clock);
        await backend.CreateAgentsAsync(TenantBackend.Agent(Ann));
        var sdkUrl = await BrowserFixture.SdkUrlAsync(backend, Ann);
        clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        await using var page = await fixture.OpenAsync(new BusinessPage());

        await page.InjectAsync(sdkUrl);

        var message = await AssertRefusedAsync(page);
        Assert.Contains("10 minutes", message);
    }

    public static TheoryData<string> RefusedUrls => ["tampered token", "token of another agent", "token for another application", "no token"];

    [Theory]
    [MemberData(nameof(RefusedUrls))]
    public async Task A_token_that_does_not_belong_to_the_url_fires_token_expired(string fault)
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann), TenantBackend.Agent("bob@example.com"));
        var sdkUrl = await BrowserFixture.SdkUrlAsync(backend, Ann);
        var broken = fault switch
        {
            "tampered token" => SdkUrls.With(sdkUrl, "token", SdkUrls.Tampered(SdkUrls.Parameter(sdkUrl, "token"))),
            "token of another agent" => SdkUrls.With(sdkUrl, "userid", "bob@example.com"),
            "token for another application" => SdkUrls.With(sdkUrl, "sdkAppId", backend.Tenant.OtherOwnersSdkAppId.ToString()),
            _ => SdkUrls.With(sdkUrl, "token", ""),
        };
        await using var page = await fixture.OpenAsync(new BusinessPage());

        await page.InjectAsync(broken);

        await AssertRefusedAsync(page);
        // The refused attempt did not use the token up: the genuine URL still works.
        await page.TeardownAsync();
        await page.InjectAsync(sdkUrl);
        await page.WaitForEventAsync("ready");
    }

    [Fact]
    public async Task Legacy_data_attributes_supply_the_credentials_when_the_url_has_none()
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        var sdkUrl = await BrowserFixture.SdkUrlAsync(backend, Ann);
        await using var page = await fixture.OpenAsync(new BusinessPage());

        await page.InjectAsync(SdkUrls.WithoutQuery(sdkUrl), new
        {
            dataset = new
            {
                sdkAppId = SdkUrls.Parameter(sdkUrl, "sdkAppId"),
                token = SdkUrls.Parameter(sdkUrl, "token"),
                userid = SdkUrls.Parameter(sdkUrl, "userid"),
            },
        });

        await page.WaitForEventAsync("ready");
        Assert.Empty(await page.EventsAsync("tokenExpired"));
    }

    [Fact]
    public async Task A_second_injection_while_tccc_exists_does_not_run_again()
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        var firstUrl = await BrowserFixture.SdkUrlAsync(backend, Ann);
        var secondUrl = await BrowserFixture.SdkUrlAsync(backend, Ann);
        await using var page = await fixture.OpenAsync(new BusinessPage());
        await page.InjectAsync(firstUrl);
        await page.WaitForEventAsync("ready");
        await page.EvaluateAsync<bool>("() => { window.firstTccc = tccc; return true; }");

        Assert.False(await page.InjectAsync(secondUrl), "the page's own guard stops a second injection");
        await page.AppendScriptAsync(secondUrl, new { record = false });
        await page.Page.WaitForFunctionAsync("() => document.querySelectorAll('script[src*=\"/sdk/\"]').length === 2");
        await Task.Delay(Quiet, TestContext.Current.CancellationToken);

        Assert.True(await page.EvaluateAsync<bool>("() => window.tccc === window.firstTccc"));
        Assert.Equal(1, await page.EvaluateAsync<int>("() => document.querySelectorAll('t3c-sdk').length"));
        Assert.Single(await page.EventsAsync("ready"));
        Assert.Equal("free", await page.EvaluateAsync<string>("() => tccc.Agent.getStatus()"));
        // The ignored script never logged in, so its one-time token is still good after a teardown.
        await page.TeardownAsync();
        await page.InjectAsync(secondUrl);
        await page.WaitForEventAsync("ready", count: 2);
    }

    [Fact]
    public async Task After_a_full_teardown_a_fresh_injection_fires_ready_again_with_a_new_tccc()
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        await using var page = await fixture.OpenAsync(new BusinessPage());
        await page.InjectAsync(await BrowserFixture.SdkUrlAsync(backend, Ann));
        await page.WaitForEventAsync("ready");
        await page.EvaluateAsync<bool>("() => { window.firstTccc = tccc; return true; }");

        await page.TeardownAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.tccc === undefined && !document.getElementById('tcccSdkDomRoot')"));
        Assert.Equal("offline", await page.EvaluateAsync<string>("() => firstTccc.Agent.getStatus()"));
        Assert.True(await page.InjectAsync(await BrowserFixture.SdkUrlAsync(backend, Ann)));

        await page.WaitForEventAsync("ready", count: 2);
        Assert.True(await page.EvaluateAsync<bool>("() => window.tccc !== window.firstTccc"));
        Assert.Equal(1, await page.EvaluateAsync<int>("() => document.querySelectorAll('t3c-sdk#tcccSdkDomRoot').length"));
        (await page.SettleAsync("tccc.Agent.setStatus({ status: 'notReady' })")).AssertResolved();
        // The torn-down instance closed its connection: it can no longer act.
        (await page.SettleAsync("firstTccc.Agent.setStatus({ status: 'free' })")).AssertRejected();
    }

    /// <summary>Waits for tokenExpired and checks its payload; proves no ready follows. Returns the message.</summary>
    [Fact]
    public async Task An_agent_forced_offline_between_login_and_connection_gets_token_expired_not_ready()
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        var sdkUrl = await BrowserFixture.SdkUrlAsync(backend, Ann);
        await using var page = await fixture.OpenAsync(new BusinessPage());
        // The login goes through (the token is used up) but its answer reaches the page only after the backend
        // has forced the agent offline, so the page connects with a session that is no longer any good.
        await page.Page.RouteAsync(url => url.EndsWith("/sdk/login", StringComparison.Ordinal), async route =>
        {
            if (route.Request.Method != "POST")
            {
                await route.ContinueAsync(); // the CORS preflight
                return;
            }
            var answer = await route.FetchAsync();
            await backend.Client.ForceMemberOfflineAsync(new() { SdkAppId = backend.App, UserId = Ann }, TestContext.Current.CancellationToken);
            await route.FulfillAsync(new() { Response = answer });
        });

        await page.InjectAsync(sdkUrl);

        var message = await AssertRefusedAsync(page);
        Assert.Contains("offline", message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("offline", await page.EvaluateAsync<string>("() => tccc.Agent.getStatus()"));
    }

    [Fact]
    public async Task An_agent_forced_offline_while_the_connection_opens_gets_token_expired_not_ready()
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        var sdkUrl = await BrowserFixture.SdkUrlAsync(backend, Ann);
        await using var page = await fixture.OpenAsync(new BusinessPage());
        // The WebSocket is accepted with a good session; the page's first frame (the SignalR handshake) is held
        // until the backend has forced the agent offline, so the server refuses the connection only afterwards.
        var forced = false;
        await page.Page.RouteWebSocketAsync(url => url.Contains("/sdk/hub", StringComparison.Ordinal), socket =>
        {
            var server = socket.ConnectToServer();
            socket.OnMessage(frame =>
            {
                if (!forced)
                {
                    forced = true;
                    backend.Client.ForceMemberOfflineAsync(new() { SdkAppId = backend.App, UserId = Ann }, TestContext.Current.CancellationToken)
                        .GetAwaiter().GetResult();
                }
                if (frame.Text is { } text) server.Send(text);
                else if (frame.Binary is { } bytes) server.Send(bytes);
            });
        });

        await page.InjectAsync(sdkUrl);

        var message = await AssertRefusedAsync(page);
        Assert.True(forced, "the page opened its live connection");
        Assert.Contains("offline", message, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<string> AssertRefusedAsync(AgentPage page)
    {
        var expired = await page.WaitForEventAsync("tokenExpired");
        var message = expired.GetProperty("message").GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.Equal(message, expired.GetProperty("data").GetProperty("message").GetString());
        await Task.Delay(Quiet, TestContext.Current.CancellationToken);
        Assert.Empty(await page.EventsAsync("ready"));
        Assert.Single(await page.EventsAsync("tokenExpired"));
        return message!;
    }
}
