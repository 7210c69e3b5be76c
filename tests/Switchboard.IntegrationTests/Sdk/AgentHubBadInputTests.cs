using System.Net.WebSockets;
using System.Text;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.Sdk;

/// <summary>
/// Whatever a broken or hostile client sends down its WebSocket costs it at most its own connection: the server
/// closes that one and goes on serving every other tab and the cloud API.
/// </summary>
public sealed class AgentHubBadInputTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    private SwitchboardHost Host => fixture.Host;

    [Theory]
    [InlineData("binary garbage instead of the handshake", false)]
    [InlineData("text that is not JSON instead of the handshake", false)]
    [InlineData("an invocation before the handshake", false)]
    [InlineData("a handshake for an unknown protocol", false)]
    [InlineData("binary garbage", true)]
    [InlineData("text that is not JSON", true)]
    [InlineData("JSON that is not a hub message", true)]
    [InlineData("an unknown message type", true)]
    [InlineData("a message over 32 KB", true)]
    [InlineData("40 KB without a record separator", true)]
    public async Task A_connection_that_sends_garbage_is_closed_and_the_others_are_served(string garbage, bool handshakeFirst)
    {
        using var backend = await SdkAgents.TenantWithAgentsAsync(Host, null, "ann@example.com", "bob@example.com");
        await using var colleague = await WorkstationTab.OpenAsync(Host, await backend.SessionAsync("bob@example.com"));
        await using var sameAgent = await WorkstationTab.OpenAsync(Host, await backend.SessionAsync("ann@example.com"));
        using var raw = await RawHubSocket.OpenAsync(Host, await backend.SessionAsync("ann@example.com"), handshakeFirst);
        var sep = RawHubSocket.RecordSeparator;

        switch (garbage)
        {
            case "binary garbage instead of the handshake" or "binary garbage":
                await raw.SendAsync([0xff, 0x00, 0xfe, 0x1e, 0x80, 0x1e], WebSocketMessageType.Binary);
                break;
            case "text that is not JSON instead of the handshake" or "text that is not JSON":
                await raw.SendTextAsync("hello, is this the contact center?" + sep);
                break;
            case "an invocation before the handshake":
                await raw.SendTextAsync("""{"type":1,"invocationId":"1","target":"SetStatus","arguments":[{"status":"free"}]}""" + sep);
                break;
            case "a handshake for an unknown protocol":
                await raw.SendTextAsync("""{"protocol":"smoke-signals","version":1}""" + sep);
                break;
            case "JSON that is not a hub message":
                await raw.SendTextAsync("""[1,2,3]""" + sep);
                break;
            case "an unknown message type":
                await raw.SendTextAsync("""{"type":99}""" + sep);
                break;
            case "a message over 32 KB":
                await raw.SendTextAsync($$"""{"type":1,"invocationId":"1","target":"SetStatus","arguments":[{"status":"rest","restReason":"{{new string('x', 40 * 1024)}}"}]}""" + sep);
                break;
            default:
                await raw.SendTextAsync(new string('{', 40 * 1024));
                break;
        }

        Assert.True(await raw.IsClosedByServerAsync(TimeSpan.FromSeconds(10)), $"the server kept a connection that sent {garbage}");
        Assert.True((await sameAgent.SetStatusAsync(new { status = "notReady" })).Ok);
        Assert.Equal("notReady", (await sameAgent.NextChangeToAsync("notReady")).Status);
        Assert.Equal("free", (await colleague.GetStateAsync()).Status);
        await Host.AssertStillServesAsync(backend.Tenant);
    }

    [Fact]
    public async Task Calls_the_hub_does_not_know_or_cannot_bind_fail_alone_and_the_connection_stays()
    {
        using var backend = await SdkAgents.TenantWithAgentsAsync(Host, null, "ann@example.com");
        using var raw = await RawHubSocket.OpenAsync(Host, await backend.SessionAsync("ann@example.com"), handshake: true);

        var unknown = await raw.InvokeAsync("1", "Transfer", "[]");
        var tooMany = await raw.InvokeAsync("2", "GetState", """[1, 2]""");
        var wrongType = await raw.InvokeAsync("3", "SetStatus", """[123]""");
        var nested = await raw.InvokeAsync("4", "SetStatus", """[{"status":{"deep":[[[[]]]]}}]""");
        var fine = await raw.InvokeAsync("5", "SetStatus", """[{"status":"notReady"}]""");

        Assert.True(unknown.TryGetProperty("error", out _), unknown.ToString());
        Assert.True(tooMany.TryGetProperty("error", out _), tooMany.ToString());
        foreach (var refused in new[] { wrongType, nested })
        {
            var result = refused.GetProperty("result");
            Assert.False(result.GetProperty("ok").GetBoolean());
            Assert.Contains("status", result.GetProperty("errorMsg").GetString());
        }
        Assert.True(fine.GetProperty("result").GetProperty("ok").GetBoolean(), fine.ToString());
        Assert.Equal(WebSocketState.Open, raw.State);
    }

    [Fact]
    public async Task One_thousand_rapid_status_flips_leave_every_tab_agreeing_on_the_last_one()
    {
        await using var host = await SwitchboardHost.StartAsync(new Dictionary<string, string?> { ["Sdk:HubInvocationsPerSecond"] = "0" });
        using var backend = await SdkAgents.TenantWithAgentsAsync(host, null, "ann@example.com");
        await using var flipper = await WorkstationTab.OpenAsync(host, await backend.SessionAsync("ann@example.com"));
        await using var watcher = await WorkstationTab.OpenAsync(host, await backend.SessionAsync("ann@example.com"));
        var targets = Enumerable.Range(0, 1000).Select(i => i % 2 == 0 ? "notReady" : "free").ToList();

        var results = await Task.WhenAll(targets.Select(t => flipper.SetStatusAsync(new { status = t })));

        Assert.All(results, r => Assert.True(r.Ok, r.ErrorMsg));
        // One connection's calls run in order, so the last one sent decides.
        Assert.Equal(targets[^1], results[^1].State.Status);
        var final = await flipper.GetStateAsync();
        Assert.Equal(targets[^1], final.Status);
        Assert.Equal(final, await watcher.GetStateAsync());
        foreach (var tab in new[] { flipper, watcher })
        {
            var seen = await tab.ChangesSoFarAsync(TimeSpan.FromMilliseconds(500));
            Assert.Equal(final, seen[^1]);
        }
    }
}
