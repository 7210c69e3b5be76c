using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Switchboard.BrowserTests.Infrastructure;
using Switchboard.Media;

namespace Switchboard.BrowserTests.Media;

/// <summary>
/// <c>tccc.Devices.startMicTest</c> in real Chromium against the server's echo: the agent's page, signed in through its
/// SdkURL, sends a 440 Hz microphone and hears it back; the level shows in the page and in the workstation's meter.
/// </summary>
public sealed class MicrophoneTestTests(AgentMediaFixture fixture) : IClassFixture<AgentMediaFixture>
{
    private const string Ann = "ann@example.com";

    /// <summary>The fake microphone's tone is half scale (RMS 0.35); speech-level audio is above this, silence far below.</summary>
    private const double AudibleLevel = 0.05;

    /// <summary>
    /// Added to the agent's page before the SDK: <c>listen</c>/<c>toneLevels</c> for the echo, the levels the SDK
    /// reported, and every microphone stream the page opened (to see them released).
    /// </summary>
    private const string Instrumentation = CallPageScript.ToneMeter + """
        window.micLevels = [];
        window.openedMicrophones = [];
        const openMicrophone = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
        navigator.mediaDevices.getUserMedia = async constraints => {
          const stream = await openMicrophone(constraints);
          window.openedMicrophones.push(stream);
          return stream;
        };
        function startEchoTest() {
          return tccc.Devices.startMicTest({ onLevel: level => window.micLevels.push(level), onEcho: stream => listen(stream) });
        }
        function callDiagnostics() {
          const levels = window.micLevels;
          return 'levels reported: ' + levels.length + ', last ' + (levels[levels.length - 1] ?? 'none')
            + ', micTestLevel ' + tccc.Devices.micTestLevel();
        }
        """;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private MediaEngine Engine => fixture.Server.Services.GetRequiredService<MediaEngine>();

    [Fact]
    public async Task After_ready_the_agent_sees_the_microphone_level_and_hears_the_tone_come_back()
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        await using var page = await ReadyPageAsync(backend, new BusinessPage());

        var started = await page.SettleAsync("startEchoTest()");

        started.AssertResolved();
        Assert.Equal("PCMU", started.Value.GetProperty("data").GetProperty("codec").GetString());
        await page.Page.WaitForFunctionAsync($"() => window.micLevels.filter(level => level > {AudibleLevel}).length >= 5",
            null, new() { Timeout = 10_000 });
        Assert.True(await page.EvaluateAsync<double>("() => tccc.Devices.micTestLevel()") > AudibleLevel);
        var echo = await ToneLevels.WaitForToneAsync(page.Page, AgentMediaFixture.Frequency, 1000);
        Assert.True(echo.Wanted > 0.5, $"the agent did not hear the 440 Hz echo: {echo}");
        Assert.True(echo.Other < 0.05, $"the echo holds 1000 Hz: {echo}");

        var second = (await page.SettleAsync("tccc.Devices.startMicTest()")).AssertRejected();
        Assert.Contains("already running", second);
        (await page.SettleAsync("tccc.Devices.stopMicTest()")).AssertResolved();
    }

    [Fact]
    public async Task Before_ready_it_rejects_without_opening_the_microphone_and_the_workstation_offers_no_test()
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        var sdkUrl = await BrowserFixture.SdkUrlAsync(backend, Ann);
        await using var page = await fixture.OpenAsync(new BusinessPage());
        await page.Page.AddScriptTagAsync(new() { Content = Instrumentation });

        // A refused token: the SDK exists but never becomes ready.
        await page.InjectAsync(SdkUrls.With(sdkUrl, "token", SdkUrls.Tampered(SdkUrls.Parameter(sdkUrl, "token"))));
        await page.WaitForEventAsync("tokenExpired");

        var message = (await page.SettleAsync("tccc.Devices.startMicTest()")).AssertRejected();
        Assert.Contains("before the 'ready' event", message);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.openedMicrophones.length"));
        Assert.Equal(0, await page.EvaluateAsync<double>("() => tccc.Devices.micTestLevel()"));
        await Assertions.Expect(page.Page.Locator("t3c-sdk .mic-toggle")).ToBeDisabledAsync();
    }

    [Fact]
    public async Task Stopping_releases_the_microphone_and_the_servers_leg_ends()
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        await using var page = await ReadyPageAsync(backend, new BusinessPage());
        await WaitUntilAsync(() => Engine.LegCount == 0, "legs of earlier tests to end", AgentMediaFixture.ConsentTimeout * 3);

        (await page.SettleAsync("startEchoTest()")).AssertResolved();
        Assert.Equal(1, Engine.LegCount);
        Assert.Equal(["live"], await page.EvaluateAsync<string[]>("() => window.openedMicrophones.flatMap(s => s.getTracks()).map(t => t.readyState)"));

        (await page.SettleAsync("tccc.Devices.stopMicTest()")).AssertResolved();

        Assert.Equal(["ended"], await page.EvaluateAsync<string[]>("() => window.openedMicrophones.flatMap(s => s.getTracks()).map(t => t.readyState)"));
        Assert.Equal(0, await page.EvaluateAsync<double>("() => tccc.Devices.micTestLevel()"));
        await WaitUntilAsync(() => Engine.LegCount == 0, "the server's leg to end", AgentMediaFixture.ConsentTimeout + TimeSpan.FromSeconds(5));
        // Stopped, a new test may start.
        (await page.SettleAsync("startEchoTest()")).AssertResolved();
        (await page.SettleAsync("tccc.Devices.stopMicTest()")).AssertResolved();
    }

    [Fact]
    public async Task A_microphone_that_is_not_there_rejects_clearly_and_a_stop_while_starting_settles_the_start_at_once()
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        await using var page = await ReadyPageAsync(backend, new BusinessPage());

        var missing = (await page.SettleAsync("tccc.Devices.startMicTest({ deviceId: 'no-such-microphone' })")).AssertRejected();
        Assert.Contains("the chosen microphone (no-such-microphone) is not available", missing);
        var badOptions = (await page.SettleAsync("tccc.Devices.startMicTest({ onLevel: 'loud' })")).AssertRejected();
        Assert.Contains("onLevel must be a function", badOptions);

        var stopped = await page.JsonAsync("""
            async () => {
              const started = performance.now();
              const outcome = settle(tccc.Devices.startMicTest());
              await new Promise(resolve => setTimeout(resolve, 50));
              await tccc.Devices.stopMicTest();
              const settled = await outcome;
              return JSON.stringify({ settled, milliseconds: performance.now() - started });
            }
            """);
        var outcome = stopped.GetProperty("settled");
        Assert.Contains("stopped before it connected",
            new Settled(outcome.GetProperty("outcome").GetString()!, outcome.GetProperty("value")).AssertRejected());
        var milliseconds = stopped.GetProperty("milliseconds").GetDouble();
        Assert.True(milliseconds < 2000, $"the start settled {milliseconds:0} ms after it began, not when stopped");
        Assert.All(await page.EvaluateAsync<string[]>("() => window.openedMicrophones.flatMap(s => s.getTracks()).map(t => t.readyState)"),
            state => Assert.Equal("ended", state));
        // Nothing is left over: a new test starts at once.
        (await page.SettleAsync("startEchoTest()")).AssertResolved();
        (await page.SettleAsync("tccc.Devices.stopMicTest()")).AssertResolved();
    }

    [Fact]
    public async Task The_workstation_button_starts_the_test_from_the_keyboard_and_the_meter_moves()
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        await using var page = await ReadyPageAsync(backend, new BusinessPage(EmbedWidth: 760, EmbedHeight: 480),
            new { renderDomId = BusinessPage.EmbedElementId });
        var workstation = page.Page.Locator("#workstation t3c-workbench");
        var button = workstation.Locator("button.mic-toggle");
        var meter = workstation.GetByRole(AriaRole.Meter, new() { Name = "Microphone level" });
        await Assertions.Expect(button).ToHaveAccessibleNameAsync("Test microphone");
        await Assertions.Expect(button).ToBeEnabledAsync();
        await Assertions.Expect(meter).ToHaveAttributeAsync("aria-valuenow", "0");

        await button.FocusAsync();
        await page.Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(button).ToHaveAccessibleNameAsync("Stop test");
        await Assertions.Expect(button).ToBeFocusedAsync();
        await page.Page.WaitForFunctionAsync(
            "meter => Number(meter.getAttribute('aria-valuenow')) >= 5", await meter.ElementHandleAsync(), new() { Timeout = 10_000 });
        await Assertions.Expect(workstation.Locator(".mic-status")).ToContainTextAsync("PCMU");
        await page.Page.Locator("#" + BusinessPage.EmbedElementId).ScreenshotAsync(new()
        {
            Path = Path.Combine(BrowserFixture.ArtifactsDirectory(), "workstation-microphone-test.png"),
        });

        await page.Page.Keyboard.PressAsync("Space");

        await Assertions.Expect(button).ToHaveAccessibleNameAsync("Test microphone");
        await Assertions.Expect(meter).ToHaveAttributeAsync("aria-valuenow", "0");
        Assert.Equal(["ended"], await page.EvaluateAsync<string[]>("() => window.openedMicrophones.flatMap(s => s.getTracks()).map(t => t.readyState)"));
    }

    [Fact]
    public async Task The_endpoint_refuses_an_absent_or_forged_session_credential_with_401()
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        var sdkUrl = await BrowserFixture.SdkUrlAsync(backend, Ann);
        var session = await LoginAsync(sdkUrl);
        var legsBefore = Engine.LegCount;

        Assert.Equal(HttpStatusCode.Unauthorized, await PostOfferAsync(null));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostOfferAsync(SdkUrls.Tampered(session)));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostOfferAsync("not-a-session"));
        // The genuine credential gets past authentication: the refusal is then about the (unusable) offer.
        Assert.Equal(HttpStatusCode.BadRequest, await PostOfferAsync(session));
        Assert.Equal(legsBefore, Engine.LegCount);
    }

    private async Task<AgentPage> ReadyPageAsync(TenantBackend backend, BusinessPage business, object? options = null)
    {
        var page = await fixture.OpenAsync(business);
        await page.Page.AddScriptTagAsync(new() { Content = Instrumentation });
        await page.InjectAsync(await BrowserFixture.SdkUrlAsync(backend, Ann), options);
        await page.WaitForEventAsync("ready");
        return page;
    }

    private async Task<string> LoginAsync(string sdkUrl)
    {
        var response = await fixture.Server.HttpClient.PostAsJsonAsync("sdk/login", new
        {
            sdkAppId = long.Parse(SdkUrls.Parameter(sdkUrl, "sdkAppId")),
            userId = SdkUrls.Parameter(sdkUrl, "userid"),
            token = SdkUrls.Parameter(sdkUrl, "token"),
        }, Cancellation);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        return body.GetProperty("session").GetString()!;
    }

    private async Task<HttpStatusCode> PostOfferAsync(string? credential)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "sdk/media/mic-test")
        {
            Content = new StringContent("""{"type":"offer","sdp":"v=0"}""", Encoding.UTF8, "application/json"),
        };
        if (credential is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        using var response = await fixture.Server.HttpClient.SendAsync(request, Cancellation);
        return response.StatusCode;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out after {timeout.TotalSeconds} s waiting for {what}");
            await Task.Delay(100, Cancellation);
        }
    }
}
