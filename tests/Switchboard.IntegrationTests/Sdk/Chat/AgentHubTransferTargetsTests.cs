using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Chat;
using Switchboard.Presence;

namespace Switchboard.IntegrationTests.Sdk.Chat;

/// <summary>
/// <c>ChatTransferTargets</c> through a real hub connection and the real desk: an agent is offered their own
/// application's chat skill groups and the colleagues who take chats, with their presence, and nothing else.
/// </summary>
public sealed class AgentHubTransferTargetsTests
{
    private const string Ann = "ann@example.com";
    private const string Bob = "bob@example.com";
    private const string Cid = "cid@example.com";
    private const string Dee = "dee@example.com";
    private const string Eve = "eve@example.com";
    private const string Zed = "zed@example.com";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_agent_gets_their_own_applications_chat_groups_and_colleagues_with_their_status_and_not_themself()
    {
        await using var host = await SwitchboardHost.StartAsync();
        using var shop = await TenantBackend.ConnectAsync(host);
        var support = await shop.CreateSkillGroupAsync("Support chat", type: 1, maxConcurrency: 2);
        var billing = await shop.CreateSkillGroupAsync("Billing chat", type: 1, maxConcurrency: 2);
        await shop.CreateSkillGroupAsync("Phones", type: 0);
        await shop.CreateAgentsAsync(
            TenantBackend.Agent(Ann, "Support chat"), TenantBackend.Agent(Bob, "Support chat", "Billing chat"),
            TenantBackend.Agent(Cid, "Billing chat"), TenantBackend.Agent(Dee, "Support chat"), TenantBackend.Agent(Eve, "Phones"));
        // Another application on the same server, with an agent of the same mail as one of the shop's.
        using var other = await TenantBackend.ConnectAsync(host);
        var otherGroup = await other.CreateSkillGroupAsync("Other chat", type: 1);
        await other.CreateAgentsAsync(TenantBackend.Agent(Zed, "Other chat"), TenantBackend.Agent(Bob, "Other chat"));

        var presence = host.Services.GetRequiredService<IPresenceDirectory>();
        var desk = host.Services.GetRequiredService<IChatDesk>();
        using var ann = await RawHubSocket.OpenAsync(host, await shop.SessionAsync(Ann), handshake: true);
        await presence.ConnectAsync(new AgentKey(shop.App, Bob), "tab-bob");
        await presence.ConnectAsync(new AgentKey(shop.App, Cid), "tab-cid");
        await presence.RequestAsync(new AgentKey(shop.App, Cid), new PresenceRequest("notReady", null, PresenceSource.Workstation));
        await presence.ConnectAsync(new AgentKey(shop.App, Eve), "tab-eve");
        // A visitor in billing rings Bob: one chat waits there.
        var waiting = await desk.StartAsync(new ChatStartRequest(new VisitorIdentity(shop.App, "v-1", false), billing, "Vi"));
        Assert.True(waiting.Accepted, waiting.Refusal);

        var targets = await EventuallyAsync(ann, answer =>
            answer.GetProperty("agents").EnumerateArray().Select(a => a.GetProperty("status").GetString()).SequenceEqual(["free", "notReady", "offline"])
            && answer.GetProperty("skillGroups")[0].GetProperty("waiting").GetInt32() == 1);

        Assert.Equal(
            [(billing, "Billing chat", 1), (support, "Support chat", 0)],
            targets.GetProperty("skillGroups").EnumerateArray()
                .Select(g => (g.GetProperty("skillGroupId").GetInt64(), g.GetProperty("skillGroupName").GetString(), g.GetProperty("waiting").GetInt32())));
        Assert.Equal(
            [(Bob, "Agent bob", "free", new[] { support, billing }), (Cid, "Agent cid", "notReady", [billing]), (Dee, "Agent dee", "offline", [support])],
            targets.GetProperty("agents").EnumerateArray().Select(a => (a.GetProperty("userId").GetString(), a.GetProperty("name").GetString(),
                a.GetProperty("status").GetString(), a.GetProperty("skillGroupIds").EnumerateArray().Select(id => id.GetInt64()).ToArray())),
            new TargetComparer());

        // The other application's agent sees only their own application, and not themself.
        using var zed = await RawHubSocket.OpenAsync(host, await other.SessionAsync(Zed), handshake: true);
        var theirs = (await zed.InvokeAsync("z", "ChatTransferTargets", "[{}]")).GetProperty("result");
        Assert.True(theirs.GetProperty("ok").GetBoolean(), theirs.ToString());
        var otherTargets = theirs.GetProperty("transferTargets");
        Assert.Equal([(otherGroup, "Other chat")], otherTargets.GetProperty("skillGroups").EnumerateArray()
            .Select(g => (g.GetProperty("skillGroupId").GetInt64(), g.GetProperty("skillGroupName").GetString())));
        Assert.Equal([(Bob, "offline")], otherTargets.GetProperty("agents").EnumerateArray()
            .Select(a => (a.GetProperty("userId").GetString(), a.GetProperty("status").GetString())));
    }

    /// <summary>Asks until the answer satisfies <paramref name="settled"/>: presence reaches the desk a moment after it changes.</summary>
    private static async Task<JsonElement> EventuallyAsync(RawHubSocket socket, Func<JsonElement, bool> settled)
    {
        JsonElement targets = default;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var result = (await socket.InvokeAsync($"t{attempt}", "ChatTransferTargets", "[{}]")).GetProperty("result");
            Assert.True(result.GetProperty("ok").GetBoolean(), result.ToString());
            targets = result.GetProperty("transferTargets");
            if (settled(targets)) return targets;
            await Task.Delay(40, Cancellation);
        }
        return targets;
    }

    private sealed class TargetComparer : IEqualityComparer<(string?, string?, string?, long[])>
    {
        public bool Equals((string?, string?, string?, long[]) x, (string?, string?, string?, long[]) y) =>
            (x.Item1, x.Item2, x.Item3) == (y.Item1, y.Item2, y.Item3) && x.Item4.SequenceEqual(y.Item4);

        public int GetHashCode((string?, string?, string?, long[]) obj) => HashCode.Combine(obj.Item1, obj.Item2, obj.Item3);
    }
}
