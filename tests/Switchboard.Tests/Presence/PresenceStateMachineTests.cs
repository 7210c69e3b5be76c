using Switchboard.Presence;

namespace Switchboard.Tests.Presence;

/// <summary>
/// Every request in every state, and every system event, as a table: the state named in the first column, the
/// request, and either the state that follows or "refused" (the state then stays as it was).
/// </summary>
public sealed class PresenceStateMachineTests
{
    private const string Refused = "refused";
    private static readonly string[] RestReasons = ["Meal", "Meeting", "Training"];
    private static readonly PresenceStateMachine WithAfterCallWork = new(AgentStatus.Free, afterCallWork: true);
    private static readonly PresenceStateMachine WithoutAfterCallWork = new(AgentStatus.Free, afterCallWork: false);

    private static readonly Dictionary<string, AgentPresenceState> States = new()
    {
        ["offline"] = new(AgentStatus.Offline),
        ["forced"] = new(AgentStatus.Offline, ForcedOffline: true),
        ["free"] = new(AgentStatus.Free),
        ["busy"] = new(AgentStatus.Busy, SessionId: "s1"),
        ["busy+notReady"] = new(AgentStatus.Busy, SessionId: "s1", Reserved: AgentStatus.NotReady),
        ["busy+rest:Meal"] = new(AgentStatus.Busy, SessionId: "s1", Reserved: AgentStatus.Rest, ReservedReason: "Meal"),
        ["busy:s2"] = new(AgentStatus.Busy, SessionId: "s2"),
        ["arrange"] = new(AgentStatus.Arrange),
        ["arrange+notReady"] = new(AgentStatus.Arrange, Reserved: AgentStatus.NotReady),
        ["arrange+rest:Meal"] = new(AgentStatus.Arrange, Reserved: AgentStatus.Rest, ReservedReason: "Meal"),
        ["notReady"] = new(AgentStatus.NotReady),
        ["rest:Meal"] = new(AgentStatus.Rest, "Meal"),
        ["rest:Meeting"] = new(AgentStatus.Rest, "Meeting"),
    };

    public static TheoryData<string, string, string?, string> Requests => new()
    {
        // online: an offline agent starts in the initial status; anyone else stays as they are.
        { "offline", "online", null, "free" },
        { "forced", "online", null, Refused },
        { "free", "online", null, "free" },
        { "busy", "online", null, "busy" },
        { "busy+rest:Meal", "online", null, "busy+rest:Meal" },
        { "arrange", "online", null, "arrange" },
        { "notReady", "online", null, "notReady" },
        { "rest:Meal", "online", null, "rest:Meal" },
        // offline: from anywhere but a session.
        { "offline", "offline", null, "offline" },
        { "forced", "offline", null, "forced" },
        { "free", "offline", null, "offline" },
        { "busy", "offline", null, Refused },
        { "busy+notReady", "offline", null, Refused },
        { "arrange", "offline", null, "offline" },
        { "arrange+rest:Meal", "offline", null, "offline" },
        { "notReady", "offline", null, "offline" },
        { "rest:Meal", "offline", null, "offline" },
        // free: ends a break, notReady or after-call work; during a session it only cancels a booking.
        { "offline", "free", null, Refused },
        { "forced", "free", null, Refused },
        { "free", "free", null, "free" },
        { "busy", "free", null, Refused },
        { "busy+notReady", "free", null, "busy" },
        { "busy+rest:Meal", "free", null, "busy" },
        { "arrange", "free", null, "free" },
        { "arrange+rest:Meal", "free", null, "free" },
        { "notReady", "free", null, "free" },
        { "rest:Meal", "free", null, "free" },
        // notReady: at once, or booked for the end of the session.
        { "offline", "notReady", null, Refused },
        { "forced", "notReady", null, Refused },
        { "free", "notReady", null, "notReady" },
        { "busy", "notReady", null, "busy+notReady" },
        { "busy+rest:Meal", "notReady", null, "busy+notReady" },
        { "arrange", "notReady", null, "notReady" },
        { "notReady", "notReady", null, "notReady" },
        { "rest:Meal", "notReady", null, "notReady" },
        // stopNotReady: only out of notReady, or cancelling a booked notReady.
        { "offline", "stopNotReady", null, Refused },
        { "forced", "stopNotReady", null, Refused },
        { "free", "stopNotReady", null, Refused },
        { "busy", "stopNotReady", null, Refused },
        { "busy+notReady", "stopNotReady", null, "busy" },
        { "busy+rest:Meal", "stopNotReady", null, Refused },
        { "arrange", "stopNotReady", null, Refused },
        { "notReady", "stopNotReady", null, "free" },
        { "rest:Meal", "stopNotReady", null, Refused },
        // rest: needs one of the application's reasons; booked during a session; switching reasons is a change.
        { "offline", "rest", "Meal", Refused },
        { "forced", "rest", "Meal", Refused },
        { "free", "rest", "Meal", "rest:Meal" },
        { "busy", "rest", "Meal", "busy+rest:Meal" },
        { "busy+notReady", "rest", "Meal", "busy+rest:Meal" },
        { "arrange", "rest", "Meal", "rest:Meal" },
        { "notReady", "rest", "Meal", "rest:Meal" },
        { "rest:Meal", "rest", "Meal", "rest:Meal" },
        { "rest:Meeting", "rest", "Meal", "rest:Meal" },
        { "free", "rest", "Gym", Refused },
        { "busy", "rest", "Gym", Refused },
        { "rest:Meal", "rest", "Gym", Refused },
        { "free", "rest", "meal", Refused },
        { "free", "rest", null, Refused },
        { "notReady", "rest", "", Refused },
        // arrange: the agent may start after-call work by hand, but not during a session.
        { "offline", "arrange", null, Refused },
        { "forced", "arrange", null, Refused },
        { "free", "arrange", null, "arrange" },
        { "busy", "arrange", null, Refused },
        { "arrange", "arrange", null, "arrange" },
        { "notReady", "arrange", null, "arrange" },
        { "rest:Meal", "arrange", null, "arrange" },
        // busy comes from sessions only; anything else is not a status.
        { "free", "busy", null, Refused },
        { "notReady", "busy", null, Refused },
        { "offline", "busy", null, Refused },
        { "free", "afterCallWork", null, Refused },
        { "free", "Free", null, Refused },
        { "free", "", null, Refused },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Requests_from_the_workstation_and_the_api_follow_the_table(string from, string target, string? reason, string expected)
    {
        foreach (var source in new[] { PresenceSource.Workstation, PresenceSource.CloudApi, PresenceSource.System })
        {
            var decision = WithAfterCallWork.Request(States[from], new PresenceRequest(target, reason, source), RestReasons);
            AssertDecision(from, expected, decision);
        }
    }

    [Theory]
    [InlineData(AgentStatus.Free)]
    [InlineData(AgentStatus.NotReady)]
    public void Going_online_enters_the_configured_initial_status(AgentStatus initial)
    {
        var machine = new PresenceStateMachine(initial, afterCallWork: true);
        Assert.Equal(initial, machine.Request(States["offline"], new PresenceRequest("online", null, PresenceSource.Workstation), RestReasons).State.Status);
        Assert.Equal(initial, machine.Connect(States["offline"]).State.Status);
    }

    [Theory]
    [InlineData("offline", "free")]
    [InlineData("forced", Refused)]
    [InlineData("free", "free")]
    [InlineData("busy", "busy")]
    [InlineData("rest:Meal", "rest:Meal")]
    public void The_first_connection_brings_an_offline_agent_online(string from, string expected) =>
        AssertDecision(from, expected, WithAfterCallWork.Connect(States[from]));

    [Theory]
    [InlineData("free", "busy:s2")]
    [InlineData("notReady", "busy:s2")]
    [InlineData("arrange", "busy:s2")]
    [InlineData("rest:Meal", Refused)]
    [InlineData("offline", Refused)]
    [InlineData("forced", Refused)]
    public void A_session_makes_a_free_notReady_or_wrapping_up_agent_busy(string from, string expected) =>
        AssertDecision(from, expected, WithAfterCallWork.BeginSession(States[from], "s2"));

    [Theory]
    [InlineData("busy", "arrange")]
    [InlineData("busy+notReady", "arrange+notReady")]
    [InlineData("busy+rest:Meal", "arrange+rest:Meal")]
    [InlineData("busy:s2", Refused)]
    [InlineData("free", Refused)]
    [InlineData("arrange", Refused)]
    [InlineData("offline", Refused)]
    public void The_end_of_a_session_starts_after_call_work(string from, string expected) =>
        AssertDecision(from, expected, WithAfterCallWork.EndSession(States[from], "s1"));

    [Theory]
    [InlineData("busy", "free")]
    [InlineData("busy+notReady", "notReady")]
    [InlineData("busy+rest:Meal", "rest:Meal")]
    [InlineData("busy:s2", Refused)]
    public void Without_after_call_work_a_session_ends_in_the_booked_state_or_free(string from, string expected) =>
        AssertDecision(from, expected, WithoutAfterCallWork.EndSession(States[from], "s1"));

    [Fact]
    public void Concurrent_sessions_keep_the_agent_busy_until_the_last_one_ends()
    {
        var busy = WithAfterCallWork.BeginSession(States["free"], "s1").State;
        var both = WithAfterCallWork.BeginSession(busy, "s2");
        Assert.True(both.Accepted);
        Assert.True(both.State.Holds("s1") && both.State.Holds("s2"));
        Assert.Equal(both.State, WithAfterCallWork.BeginSession(both.State, "s2").State);

        var firstEnded = WithAfterCallWork.EndSession(both.State, "s1");
        Assert.Equal(AgentStatus.Busy, firstEnded.State.Status);
        Assert.Equal("s2", firstEnded.State.SessionId);
        Assert.False(firstEnded.State.Holds("s1"));
        Assert.False(WithAfterCallWork.EndSession(firstEnded.State, "s1").Accepted);

        Assert.Equal(AgentStatus.Arrange, WithAfterCallWork.EndSession(firstEnded.State, "s2").State.Status);
        Assert.Equal(AgentStatus.Free, WithAfterCallWork.EndSession(firstEnded.State, "s2", withAfterCallWork: false).State.Status);
    }

    [Theory]
    [InlineData("busy", "free")]
    [InlineData("busy+notReady", "notReady")]
    [InlineData("busy+rest:Meal", "rest:Meal")]
    [InlineData("busy:s2", Refused)]
    public void Routing_can_skip_after_call_work_for_one_session(string from, string expected) =>
        AssertDecision(from, expected, WithAfterCallWork.EndSession(States[from], "s1", withAfterCallWork: false));

    [Theory]
    [InlineData("arrange", "free")]
    [InlineData("arrange+notReady", "notReady")]
    [InlineData("arrange+rest:Meal", "rest:Meal")]
    [InlineData("free", Refused)]
    [InlineData("busy", Refused)]
    [InlineData("rest:Meal", Refused)]
    public void When_after_call_work_runs_out_the_booked_state_or_free_follows(string from, string expected) =>
        AssertDecision(from, expected, WithAfterCallWork.AfterCallWorkElapsed(States[from]));

    [Theory]
    [InlineData("free", "offline")]
    [InlineData("busy+rest:Meal", "offline")]
    [InlineData("arrange+notReady", "offline")]
    [InlineData("rest:Meal", "offline")]
    [InlineData("offline", "offline")]
    public void When_the_grace_period_runs_out_the_agent_is_offline_with_nothing_booked(string from, string expected) =>
        AssertDecision(from, expected, WithAfterCallWork.GraceElapsed(States[from]));

    [Theory]
    [InlineData("free")]
    [InlineData("busy+notReady")]
    [InlineData("rest:Meal")]
    [InlineData("offline")]
    [InlineData("forced")]
    public void Forcing_offline_locks_the_agent_out_from_any_state(string from) =>
        AssertDecision(from, "forced", WithAfterCallWork.ForceOffline(States[from]));

    [Theory]
    [InlineData("forced", "offline")]
    [InlineData("offline", "offline")]
    [InlineData("free", "free")]
    public void Restoring_lifts_the_lock_and_leaves_the_agent_offline(string from, string expected) =>
        AssertDecision(from, expected, WithAfterCallWork.Restore(States[from]));

    [Fact]
    public void A_refusal_names_the_allowed_rest_reasons()
    {
        var decision = WithAfterCallWork.Request(States["free"], new PresenceRequest("rest", "Gym", PresenceSource.Workstation), RestReasons);
        Assert.Equal("'Gym' is not a rest reason of this application; use one of: Meal, Meeting, Training.", decision.Refusal);
    }

    [Fact]
    public void A_forced_offline_agent_is_told_why_nothing_is_allowed()
    {
        var decision = WithAfterCallWork.Request(States["forced"], new PresenceRequest("online", null, PresenceSource.Workstation), RestReasons);
        Assert.Contains("forced offline", decision.Refusal);
    }

    private static void AssertDecision(string from, string expected, PresenceDecision decision)
    {
        if (expected == Refused)
        {
            Assert.False(decision.Accepted, $"expected a refusal from {from}, got {decision.State}");
            Assert.False(string.IsNullOrWhiteSpace(decision.Refusal));
            Assert.Equal(States[from], decision.State);
        }
        else
        {
            Assert.True(decision.Accepted, $"refused from {from}: {decision.Refusal}");
            Assert.Null(decision.Refusal);
            var wanted = States[expected];
            // A session id only matters while busy; the table's names leave it out elsewhere.
            Assert.Equal(wanted, decision.State.Status == AgentStatus.Busy ? decision.State : decision.State with { SessionId = null });
        }
    }
}
