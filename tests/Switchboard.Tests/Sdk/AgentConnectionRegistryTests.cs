using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;
using Switchboard.Presence;
using Switchboard.Sdk.Hub;

namespace Switchboard.Tests.Sdk;

public sealed class AgentConnectionRegistryTests
{
    private static readonly AgentKey Ann = new(1600000001, "ann@example.com");
    private static readonly AgentKey Bob = new(1600000001, "bob@example.com");
    private static readonly DateTimeOffset Nine = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_agent_is_held_while_any_of_its_tabs_is_and_forgotten_with_the_last()
    {
        var registry = new AgentConnectionRegistry();
        registry.Add(Ann, new Tab("a1"));
        registry.Add(Ann, new Tab("a2"));
        registry.Add(Bob, new Tab("b1"));

        Assert.Equal(["a1", "a2"], registry.ConnectionsOf(Ann).Select(c => c.ConnectionId).Order());
        registry.Remove(Ann, "a1");
        Assert.Equal(["a2"], registry.ConnectionsOf(Ann).Select(c => c.ConnectionId));
        Assert.Equal(2, registry.AgentCount);

        registry.Remove(Ann, "a2");
        registry.Remove(Ann, "never-added");
        Assert.Empty(registry.ConnectionsOf(Ann));
        Assert.Equal(1, registry.AgentCount);
    }

    [Fact]
    public void The_latest_state_wins_and_is_kept_only_for_agents_with_tabs_here()
    {
        var registry = new AgentConnectionRegistry();
        registry.Add(Ann, new Tab("a1"));
        var free = View(AgentStatus.Free, Nine.AddSeconds(2));

        registry.Remember(Ann, free);
        registry.Remember(Ann, View(AgentStatus.NotReady, Nine.AddSeconds(1)));
        registry.Remember(Bob, View(AgentStatus.Rest, Nine));

        Assert.Equal(free, registry.LastView(Ann));
        Assert.Null(registry.LastView(Bob));
        registry.Remove(Ann, "a1");
        Assert.Null(registry.LastView(Ann));
    }

    [Fact]
    public async Task Tabs_opening_and_closing_at_once_leave_exactly_the_open_ones()
    {
        var registry = new AgentConnectionRegistry();
        registry.Add(Ann, new Tab("keeper"));

        await Parallel.ForAsync(0, 20_000, (i, _) =>
        {
            var id = $"tab{i % 64}-{i}";
            registry.Add(Ann, new Tab(id));
            registry.Remove(Ann, id);
            return ValueTask.CompletedTask;
        });

        Assert.Equal(["keeper"], registry.ConnectionsOf(Ann).Select(c => c.ConnectionId));
        registry.Remove(Ann, "keeper");
        Assert.Equal(0, registry.AgentCount);
    }

    private static PresenceView View(AgentStatus status, DateTimeOffset since) => new(status, null, since, false, 1);

    /// <summary>Only the connection id matters to the registry; the rest of a SignalR connection is not needed.</summary>
    private sealed class Tab(string connectionId) : HubCallerContext
    {
        public override string ConnectionId => connectionId;
        public override string? UserIdentifier => null;
        public override ClaimsPrincipal? User => null;
        public override IDictionary<object, object?> Items { get; } = new Dictionary<object, object?>();
        public override IFeatureCollection Features { get; } = new FeatureCollection();
        public override CancellationToken ConnectionAborted => CancellationToken.None;
        public override void Abort() { }
    }
}
