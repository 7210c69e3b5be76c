using Switchboard.Routing;

namespace Switchboard.Tests.Routing;

/// <summary>Ring-all groups (TCCC's <c>RingAll</c>): every candidate rings at once and the first to accept takes it.</summary>
public sealed class RingAllTests
{
    private static readonly TimeSpan Ring = TimeSpan.FromSeconds(10);

    private static RoutingHarness ThreeAgents(Func<SkillGroupSettings, SkillGroupSettings>? with = null)
    {
        var routing = new RoutingHarness();
        routing.Group(1, with: g => (with ?? (x => x))(g with { RingAll = true, RingTimeout = Ring, MaxWait = TimeSpan.FromMinutes(5) }));
        foreach (var agent in new[] { "ann", "bea", "cid" }) routing.Agent(agent, [1]);
        return routing;
    }

    private static string[] Rung(IEnumerable<RoutingOutcome> outcomes, string session) =>
        [.. outcomes.OfType<SessionOffered>().Where(o => o.SessionId == session).Select(o => o.AgentId).Order(StringComparer.Ordinal)];

    [Fact]
    public void Every_candidate_rings_and_the_first_to_accept_takes_it_while_the_others_are_withdrawn()
    {
        var routing = ThreeAgents();

        Assert.Equal(["ann", "bea", "cid"], Rung(routing.Enqueue("s", 1), "s"));
        Assert.Equal(["ann", "bea", "cid"], routing.Engine.GetSession("s")!.RingingAgentIds.Order(StringComparer.Ordinal));

        var accepted = routing.Do(e => e.Accept("s", "bea"));

        Assert.Equal(["ann", "cid"], accepted.OfType<OfferWithdrawn>().Select(w => w.AgentId).Order(StringComparer.Ordinal));
        Assert.Equal(new SessionAssigned("s", "bea", 1, AutoAccepted: false), accepted[^1]);
        Assert.False(routing.Engine.Accept("s", "ann").Accepted);
        // Withdrawn agents are free for the next session at once.
        Assert.Equal(["ann", "cid"], Rung(routing.Enqueue("t", 1), "t"));
    }

    [Fact]
    public void An_agent_free_while_the_offer_rings_joins_it_with_the_time_left_but_only_after_waiting_sessions()
    {
        var routing = ThreeAgents();
        routing.Do(e => e.SetAvailability("cid", AgentAvailability.Unavailable));
        Assert.Equal(["ann", "bea"], Rung(routing.Enqueue("s", 1), "s"));
        var expiresAt = routing.Clock.GetUtcNow() + Ring;

        routing.Clock.Advance(TimeSpan.FromSeconds(4));
        var joined = routing.Do(e => e.SetAvailability("cid", AgentAvailability.Available));

        Assert.Equal(new SessionOffered("s", "cid", 1, expiresAt), Assert.Single(joined.OfType<SessionOffered>()));
        Assert.Equal(["ann", "bea", "cid"], routing.Engine.GetSession("s")!.RingingAgentIds.Order(StringComparer.Ordinal));
        // The ring clock is the offer's: everyone rings out together.
        Assert.Equal(["ann", "bea", "cid"], routing.Advance(TimeSpan.FromSeconds(6)).OfType<OfferExpired>().Select(o => o.AgentId).Order(StringComparer.Ordinal));

        // A session that waits gets a newly free agent before one that already rings others.
        var queued = ThreeAgents(g => g with { MaxConcurrency = 1 });
        queued.Do(e => e.SetAvailability("cid", AgentAvailability.Unavailable));
        queued.Enqueue("first", 1);
        queued.Do(e => e.Accept("first", "ann"));
        queued.Enqueue("second", 1); // rings bea alone
        queued.Do(e => e.SetAvailability("cid", AgentAvailability.Available));
        Assert.Equal(["bea", "cid"], queued.Engine.GetSession("second")!.RingingAgentIds.Order(StringComparer.Ordinal));
        queued.Do(e => e.SetAvailability("cid", AgentAvailability.Unavailable));
        queued.Enqueue("third", 1); // nobody can take it
        var freed = queued.Do(e => e.SetAvailability("cid", AgentAvailability.Available));
        Assert.Equal(["third"], freed.OfType<SessionOffered>().Select(o => o.SessionId));
    }

    [Fact]
    public void A_decline_leaves_the_others_ringing_and_when_all_decline_the_session_waits()
    {
        var routing = ThreeAgents();
        routing.Enqueue("s", 1);

        routing.Do(e => e.Decline("s", "ann"));
        Assert.Equal(RoutingSessionState.Offered, routing.StateOf("s"));
        Assert.Equal(["bea", "cid"], routing.Engine.GetSession("s")!.RingingAgentIds.Order(StringComparer.Ordinal));
        routing.Do(e => e.Decline("s", "bea"));
        var last = routing.Do(e => e.Decline("s", "cid"));

        Assert.Equal(RoutingSessionState.Waiting, routing.StateOf("s"));
        Assert.Empty(last.OfType<SessionOffered>());
    }

    [Fact]
    public void A_ring_out_singles_nobody_out_and_rings_everyone_again()
    {
        var routing = ThreeAgents();
        routing.Enqueue("s", 1);

        var later = routing.Advance(Ring);

        Assert.All(later.OfType<OfferExpired>(), e => Assert.False(e.SetNotReady));
        Assert.Equal(3, later.OfType<OfferExpired>().Count());
        Assert.Equal(["ann", "bea", "cid"], Rung(later, "s"));
        Assert.All(["ann", "bea", "cid"], a => Assert.Equal(AgentAvailability.Available, routing.Engine.GetAgent(a)!.Availability));
    }

    [Fact]
    public void The_customer_leaving_frees_every_ringing_agent_for_the_next_session()
    {
        var routing = ThreeAgents();
        routing.Enqueue("s", 1);
        routing.Enqueue("t", 1);
        Assert.Empty(Rung(routing.Log, "t"));

        var left = routing.Do(e => e.End("s"));

        Assert.Contains(new SessionEnded("s", 1, RoutingEndStatus.CustomerLeftRinging, null), left);
        Assert.Equal(["ann", "bea", "cid"], Rung(left, "t"));
    }

    [Fact]
    public void A_returning_customer_rings_only_their_last_agent_when_the_group_prefers_them()
    {
        var routing = ThreeAgents(g => g with { PreferLastAgent = true });

        Assert.Equal(["cid"], Rung(routing.Enqueue("s", 1, lastAgent: "cid"), "s"));
    }

    [Fact]
    public void Auto_accept_in_a_ring_all_group_goes_to_the_strategys_first_choice()
    {
        var routing = ThreeAgents(g => g with { AutoAccept = true });

        var outcomes = routing.Enqueue("s", 1);

        Assert.Equal(new SessionAssigned("s", "ann", 1, AutoAccepted: true), Assert.Single(outcomes.OfType<SessionAssigned>()));
        Assert.Empty(outcomes.OfType<SessionOffered>());
    }

    [Fact]
    public void A_ring_all_group_allows_at_most_two_concurrent_sessions_per_agent()
    {
        var engine = new RoutingEngine(TimeProvider.System);
        Assert.False(engine.ConfigureSkillGroup(new SkillGroupSettings(1, RoutingChannel.Chat) { RingAll = true, MaxConcurrency = 3 }).Accepted);
        Assert.True(engine.ConfigureSkillGroup(new SkillGroupSettings(1, RoutingChannel.Chat) { RingAll = true, MaxConcurrency = 2 }).Accepted);
    }
}
