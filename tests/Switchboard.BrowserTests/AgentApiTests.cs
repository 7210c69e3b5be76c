using Switchboard.BrowserTests.Infrastructure;

namespace Switchboard.BrowserTests;

/// <summary>
/// The <c>tccc</c> surface a page codes against: event names, the Promise convention, event payloads with
/// fields at the top level and under <c>data</c>, the agent's status, and clear refusals.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AgentApiTests(BrowserFixture fixture)
{
    private const string Ann = "ann@example.com";

    private async Task<AgentPage> ReadyPageAsync(TenantBackend backend, string mail = Ann)
    {
        var page = await fixture.OpenAsync(new BusinessPage());
        await page.InjectAsync(await BrowserFixture.SdkUrlAsync(backend, mail));
        await page.WaitForEventAsync("ready");
        return page;
    }

    [Fact]
    public async Task Events_are_named_by_their_own_strings_including_the_forced_offline_extension()
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        await using var page = await ReadyPageAsync(backend);

        var names = await page.EvaluateAsync<string[]>("() => Object.entries(tccc.events).filter(([k, v]) => k === v).map(([k]) => k)");

        Assert.Equal(
            ["autoTransfer", "callIn", "callOuted", "calloutAccepted", "forcedOffline", "ready", "sessionCompleted",
             "sessionEnded", "statusChanged", "tokenExpired", "transfer", "userAccessed"],
            names.Order(StringComparer.Ordinal));
        Assert.Equal(12, await page.EvaluateAsync<int>("() => Object.keys(tccc.events).length"));
    }

    [Fact]
    public async Task Set_status_resolves_announces_status_changed_and_get_status_follows()
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        await using var page = await ReadyPageAsync(backend);
        Assert.Equal("free", await page.EvaluateAsync<string>("() => tccc.Agent.getStatus()"));

        var settled = await page.SettleAsync("tccc.Agent.setStatus({ status: 'notReady' })");

        settled.AssertResolved();
        var changed = await page.WaitForEventAsync("statusChanged");
        Assert.Equal("notReady", changed.GetProperty("status").GetString());
        Assert.Equal("notReady", changed.GetProperty("data").GetProperty("status").GetString());
        Assert.True(changed.GetProperty("since").GetInt64() > 0);
        Assert.Equal("notReady", await page.EvaluateAsync<string>("() => tccc.Agent.getStatus()"));

        (await page.SettleAsync("tccc.Agent.setStatus({ status: 'free' })")).AssertResolved();
        var back = await page.WaitForEventAsync("statusChanged", count: 2);
        Assert.Equal("free", back.GetProperty("status").GetString());
        Assert.Equal("free", await page.EvaluateAsync<string>("() => tccc.Agent.getStatus()"));
    }

    [Fact]
    public async Task Offline_and_online_go_through_status_changed()
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        await using var page = await ReadyPageAsync(backend);

        (await page.SettleAsync("tccc.Agent.offline()")).AssertResolved();
        Assert.Equal("offline", (await page.WaitForEventAsync("statusChanged")).GetProperty("status").GetString());
        (await page.SettleAsync("tccc.Agent.online()")).AssertResolved();

        Assert.Equal("free", (await page.WaitForEventAsync("statusChanged", count: 2)).GetProperty("status").GetString());
        Assert.Equal("free", await page.EvaluateAsync<string>("() => tccc.Agent.getStatus()"));
    }

    [Fact]
    public async Task Rest_takes_a_reason_from_the_applications_list_and_refuses_others_with_the_servers_reason()
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        await using var page = await ReadyPageAsync(backend);

        (await page.SettleAsync("tccc.Agent.setStatus({ status: 'rest', restReason: 'Meal' })")).AssertResolved();
        var resting = await page.WaitForEventAsync("statusChanged");
        var refusal = (await page.SettleAsync("tccc.Agent.setStatus({ status: 'rest', restReason: 'Nap' })")).AssertRejected();

        Assert.Equal(("rest", "Meal"), (resting.GetProperty("status").GetString(), resting.GetProperty("restReason").GetString()));
        Assert.Equal("Meal", resting.GetProperty("data").GetProperty("restReason").GetString());
        Assert.Contains("Nap", refusal);
        Assert.Equal("rest", await page.EvaluateAsync<string>("() => tccc.Agent.getStatus()"));
    }

    public static TheoryData<string, string> BadStatusRequests => new()
    {
        { "tccc.Agent.setStatus({ status: 'asleep' })", "status" },
        { "tccc.Agent.setStatus()", "status" },
        { "tccc.Agent.setStatus({ status: 'rest', restReason: 42 })", "restReason" },
    };

    [Theory]
    [MemberData(nameof(BadStatusRequests))]
    public async Task A_malformed_status_request_rejects_with_the_error_shape(string call, string mentioned)
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        await using var page = await ReadyPageAsync(backend);

        var message = (await page.SettleAsync(call)).AssertRejected();

        Assert.Contains(mentioned, message);
        Assert.Equal("free", await page.EvaluateAsync<string>("() => tccc.Agent.getStatus()"));
        Assert.Empty(await page.EventsAsync("statusChanged"));
    }

    [Fact]
    public async Task Calls_before_ready_reject_clearly_and_get_status_says_offline()
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        await using var page = await fixture.OpenAsync(new BusinessPage());

        await page.InjectAsync(await BrowserFixture.SdkUrlAsync(backend, Ann), new { probeBeforeReady = true });
        await page.WaitForEventAsync("ready");
        await page.Page.WaitForFunctionAsync("() => window.beforeReady && window.beforeReady.setStatus");

        Assert.Equal("offline", await page.EvaluateAsync<string>("() => beforeReady.status"));
        var settled = await page.JsonAsync("() => JSON.stringify(beforeReady.setStatus)");
        var message = new Settled(settled.GetProperty("outcome").GetString()!, settled.GetProperty("value")).AssertRejected();
        Assert.Contains("ready", message);
        Assert.Equal("free", await page.EvaluateAsync<string>("() => tccc.Agent.getStatus()"));
    }

    public static TheoryData<string, string> UnavailableCalls => new()
    {
        { "tccc.Call.startOutboundCall({ phoneNumber: '008613800000000' })", "Call.startOutboundCall" },
        { "tccc.Call.callOut({ phoneNumber: '008613800000000' })", "Call.callOut" },
        { "tccc.callOut({ phoneNumber: '008613800000000' })", "Call.callOut" },
        { "tccc.Call.accept({ sessionId: 'x' })", "Call.accept" },
        { "tccc.Call.hungUp({ sessionId: 'x' })", "Call.hungUp" },
        { "tccc.Video.accept({ sessionId: 'x' })", "Video.accept" },
    };

    [Theory]
    [MemberData(nameof(UnavailableCalls))]
    public async Task Call_and_video_methods_reject_saying_the_capability_is_not_available_yet(string call, string member)
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        await using var page = await ReadyPageAsync(backend);

        var message = (await page.SettleAsync(call)).AssertRejected();

        Assert.Contains(member, message);
        Assert.Contains("not available on this Switchboard server", message);
    }

    [Fact]
    public async Task Devices_report_support_and_list_audio_devices()
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        await using var page = await ReadyPageAsync(backend);

        Assert.True(await page.EvaluateAsync<bool>("() => tccc.Devices.isBrowserSupported()"));
        Assert.Equal(await page.EvaluateAsync<bool>("() => window.isSecureContext"), await page.EvaluateAsync<bool>("() => tccc.Devices.isEnvSupported()"));
        Assert.True(await page.EvaluateAsync<bool>(
            "async () => (await tccc.Devices.getMicrophones()).every(d => d.kind === 'audioinput')"));
        Assert.True(await page.EvaluateAsync<bool>(
            "async () => (await tccc.Devices.getSpeakers()).every(d => d.kind === 'audiooutput')"));
    }

    [Fact]
    public async Task Off_removes_a_handler_and_a_throwing_handler_does_not_stop_the_others()
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        await using var page = await ReadyPageAsync(backend);
        await page.EvaluateAsync<bool>("""
            () => {
              window.seen = [];
              window.removed = () => seen.push('removed');
              tccc.on('statusChanged', () => { throw new Error('page bug'); });
              tccc.on(tccc.events.statusChanged, removed);
              tccc.on('statusChanged', p => seen.push(p.status));
              tccc.off('statusChanged', removed);
              return true;
            }
            """);

        (await page.SettleAsync("tccc.Agent.setStatus({ status: 'notReady' })")).AssertResolved();
        await page.WaitForEventAsync("statusChanged");

        Assert.Equal(["notReady"], await page.EvaluateAsync<string[]>("() => seen"));
    }

    [Fact]
    public async Task Tccc_internals_that_integrations_reach_into_do_not_break_the_page()
    {
        using var backend = await fixture.TenantWithAgentsAsync(TenantBackend.Agent(Ann));
        await using var page = await ReadyPageAsync(backend);
        await page.EvaluateAsync<object>("""
            () => {
              window.seen = [];
              tccc.on('statusChanged', e => seen.push('first:' + e.status));
              tccc.on('statusChanged', e => seen.push('second:' + e.status));
              tccc.on('forcedOffline', e => seen.push('forced'));
              tccc.overrideButtonConfig(config => ({ active: config.active.filter(b => b.type !== 'forwardOut') }));
              tccc.timer.emitter.removeAllListeners('statusChanged');
              tccc.on('statusChanged', e => seen.push('after:' + e.status));
              return null;
            }
            """);

        (await page.SettleAsync("tccc.Agent.setStatus({ status: 'notReady' })")).AssertResolved();
        await page.Page.WaitForFunctionAsync("() => seen.length > 0");

        Assert.Equal(["after:notReady"], await page.EvaluateAsync<string[]>("() => seen"));
        Assert.Equal("notReady", await page.EvaluateAsync<string>("() => tccc.Agent.getStatus()"));
    }
}
