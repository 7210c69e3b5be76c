using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Presence;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.Sdk;

/// <summary>
/// The live connection of workstation tabs: who may connect, one state shared by all of an agent's tabs, and
/// requests the server refuses with a reason instead of an error.
/// </summary>
public sealed class AgentHubTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private SwitchboardHost Host => fixture.Host;

    [Theory]
    [InlineData("no credential")]
    [InlineData("garbage")]
    [InlineData("one character changed")]
    [InlineData("another server's credential")]
    public async Task A_tab_without_a_genuine_session_is_refused_before_the_connection_opens(string credential)
    {
        using var backend = await SdkAgents.TenantWithAgentsAsync(Host, null, "ann@example.com");
        var session = await backend.SessionAsync("ann@example.com");
        string? presented = credential switch
        {
            "no credential" => null,
            "garbage" => "garbage",
            "one character changed" => session[..20] + (session[20] == 'A' ? 'B' : 'A') + session[21..],
            _ => await OtherServerSessionAsync(),
        };

        var tab = WorkstationTab.Create(Host, presented);
        await using (tab)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => tab.Connection.StartAsync(Cancellation));
        }
        Assert.Equal(HttpStatusCode.Unauthorized, await RawUpgradeStatusAsync(presented));
        // The agent's presence never saw a connection.
        var presence = await Host.Services.GetRequiredService<IPresenceDirectory>().GetAsync(new AgentKey(backend.App, "ann@example.com"));
        Assert.Equal((AgentStatus.Offline, 0), (presence.Status, presence.ConnectedClients));
    }

    [Fact]
    public async Task Opening_the_first_tab_brings_the_agent_online_and_a_change_in_one_tab_reaches_every_tab()
    {
        using var backend = await SdkAgents.TenantWithAgentsAsync(Host, null, "ann@example.com");
        await using var first = await WorkstationTab.OpenAsync(Host, await backend.SessionAsync("ann@example.com"));
        Assert.Equal("free", (await first.NextChangeToAsync("free")).Status);
        await using var second = await WorkstationTab.OpenAsync(Host, await backend.SessionAsync("ann@example.com"));

        var result = await first.SetStatusAsync(new { status = "rest", restReason = "Meal" });

        Assert.True(result.Ok, result.ErrorMsg);
        Assert.Null(result.ErrorMsg);
        Assert.Equal(("rest", "Meal"), (result.State.Status, result.State.Reason));
        foreach (var tab in new[] { first, second })
        {
            var change = await tab.NextChangeToAsync("rest");
            Assert.Equal(result.State, change);
            Assert.Equal(result.State, await tab.GetStateAsync());
        }

        var offline = await second.InvokeAsync("Offline");
        Assert.True(offline.Ok, offline.ErrorMsg);
        Assert.Equal("offline", (await first.NextChangeToAsync("offline")).Status);
        var online = await first.InvokeAsync("Online");
        Assert.Equal((true, "free"), (online.Ok, online.State.Status));
        Assert.Equal("free", (await second.NextChangeToAsync("free")).Status);
    }

    [Fact]
    public async Task A_transition_the_server_refuses_answers_why_and_leaves_every_tab_as_it_was()
    {
        using var backend = await SdkAgents.TenantWithAgentsAsync(Host, null, "ann@example.com");
        await using var first = await WorkstationTab.OpenAsync(Host, await backend.SessionAsync("ann@example.com"));
        await using var second = await WorkstationTab.OpenAsync(Host, await backend.SessionAsync("ann@example.com"));
        var before = await first.GetStateAsync();

        var result = await first.SetStatusAsync(new { status = "rest", restReason = "Skiing" });

        Assert.False(result.Ok);
        Assert.Contains("Skiing", result.ErrorMsg);
        Assert.Equal(before, result.State);
        Assert.Equal(before, await second.GetStateAsync());
        Assert.DoesNotContain(await second.ChangesSoFarAsync(TimeSpan.FromMilliseconds(300)), c => c.Status == "rest");
    }

    [Theory]
    [InlineData("null")]
    [InlineData("a string")]
    [InlineData("a number")]
    [InlineData("an array")]
    [InlineData("no status")]
    [InlineData("status a number")]
    [InlineData("status busy")]
    [InlineData("status online")]
    [InlineData("status in the wrong case")]
    [InlineData("restReason a number")]
    [InlineData("restReason too long")]
    public async Task SetStatus_with_a_malformed_argument_answers_errorMsg_and_the_tab_keeps_working(string argument)
    {
        using var backend = await SdkAgents.TenantWithAgentsAsync(Host, null, "ann@example.com");
        await using var tab = await WorkstationTab.OpenAsync(Host, await backend.SessionAsync("ann@example.com"));
        object? request = argument switch
        {
            "null" => null,
            "a string" => "free",
            "a number" => 42,
            "an array" => new[] { "free" },
            "no status" => new { restReason = "Meal" },
            "status a number" => new { status = 1 },
            "status busy" => new { status = "busy" },
            "status online" => new { status = "online" },
            "status in the wrong case" => new { status = "FREE" },
            "restReason a number" => new { status = "rest", restReason = 3 },
            _ => new { status = "rest", restReason = new string('x', 10_000) },
        };

        var result = await tab.SetStatusAsync(request);

        Assert.False(result.Ok);
        Assert.False(string.IsNullOrWhiteSpace(result.ErrorMsg));
        Assert.Equal("free", result.State.Status);
        Assert.True((await tab.SetStatusAsync(new { status = "notReady" })).Ok);
    }

    [Fact]
    public async Task Unknown_methods_and_wrong_argument_counts_fail_that_call_only()
    {
        using var backend = await SdkAgents.TenantWithAgentsAsync(Host, null, "ann@example.com");
        await using var tab = await WorkstationTab.OpenAsync(Host, await backend.SessionAsync("ann@example.com"));

        await Assert.ThrowsAsync<HubException>(() => tab.Connection.InvokeAsync<object>("DeleteEverything", Cancellation));
        await Assert.ThrowsAsync<HubException>(() => tab.Connection.InvokeAsync<object>("SetStatus", Cancellation));
        await Assert.ThrowsAsync<HubException>(() => tab.Connection.InvokeAsync<object>("SetStatus", new { status = "free" }, "extra", Cancellation));
        await Assert.ThrowsAsync<HubException>(() => tab.Connection.InvokeAsync<object>("GetState", "unexpected", Cancellation));

        Assert.Equal("free", (await tab.GetStateAsync()).Status);
    }

    [Fact]
    public async Task A_tab_that_floods_the_server_is_told_to_slow_down_without_being_disconnected()
    {
        using var backend = await SdkAgents.TenantWithAgentsAsync(Host, null, "ann@example.com");
        await using var tab = await WorkstationTab.OpenAsync(Host, await backend.SessionAsync("ann@example.com"));

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => tab.SetStatusAsync(new { status = i % 2 == 0 ? "notReady" : "free" })));

        var slowedDown = results.Where(r => !r.Ok).ToList();
        Assert.NotEmpty(slowedDown);
        Assert.All(slowedDown, r => Assert.Contains("Too many requests", r.ErrorMsg));
        Assert.Contains(results, r => r.Ok);
        await Task.Delay(TimeSpan.FromSeconds(1.5), Cancellation);
        Assert.True((await tab.SetStatusAsync(new { status = "free" })).Ok);
        Assert.Equal(HubConnectionState.Connected, tab.Connection.State);
    }

    /// <summary>The HTTP status of a bare WebSocket upgrade to the hub with <paramref name="session"/>.</summary>
    private async Task<HttpStatusCode> RawUpgradeStatusAsync(string? session)
    {
        using var socket = new ClientWebSocket();
        socket.Options.Proxy = null;
        socket.Options.CollectHttpResponseDetails = true;
        var uri = new UriBuilder(new Uri(Host.BaseAddress, "sdk/hub")) { Scheme = "ws" };
        if (session is not null) uri.Query = "access_token=" + Uri.EscapeDataString(session);
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(uri.Uri, Cancellation));
        return socket.HttpStatusCode;
    }

    private static async Task<string> OtherServerSessionAsync()
    {
        await using var other = await SwitchboardHost.StartAsync();
        using var backend = await SdkAgents.TenantWithAgentsAsync(other, null, "ann@example.com");
        return await backend.SessionAsync("ann@example.com");
    }
}
