namespace Switchboard.Routing;

/// <summary>The engine's live record of one session.</summary>
internal sealed class RoutedSession(SessionRequest request, long arrival, DateTimeOffset enqueuedAt, SkillGroupQueue group)
{
    private HashSet<string>? _excluded;
    private List<long>? _visited;

    public string Id { get; } = request.SessionId;
    public int Priority { get; } = request.Priority;
    public string? LastAgentId { get; } = request.LastAgentId;
    public string CustomerId { get; } = request.CustomerId;

    /// <summary>The one agent the session is meant for (a transfer to an agent), until they refuse it.</summary>
    public string? TargetAgentId { get; set; } = request.TargetAgentId;

    /// <summary>Arrival order across the engine; with <see cref="Priority"/> it is the queue order, kept through overflow.</summary>
    public long Arrival { get; } = arrival;
    public DateTimeOffset EnqueuedAt { get; } = enqueuedAt;

    public SkillGroupQueue Group { get; set; } = group;
    public DateTimeOffset EnteredGroupAt { get; set; }
    public RoutingSessionState State { get; set; }
    /// <summary>The agent it is assigned to.</summary>
    public RoutedAgent? Agent { get; set; }

    /// <summary>The agents ringing for it now: one, or in a ring-all group every candidate.</summary>
    public List<RoutedAgent> Ringing { get; } = [];

    /// <summary>The channel its agent's load is counted on, fixed when the agent took it.</summary>
    public RoutingChannel Channel { get; set; }

    /// <summary>
    /// The current offer rings every candidate of a ring-all group (nobody singled out): an agent who becomes able
    /// to take it while it rings joins the ring.
    /// </summary>
    public bool RingsEveryone { get; set; }

    /// <summary>When the current offer rings out.</summary>
    public DateTimeOffset RingExpiresAt { get; set; }

    /// <summary>Changes with each offer, so a ring timer of an earlier offer is recognised as stale.</summary>
    public long OfferToken { get; set; }

    /// <summary>Changes each time the session enters a group, so wait timers of an earlier group are stale.</summary>
    public long GroupToken { get; set; }

    /// <summary>The maximum wait passed while an agent was being rung; the session moves on if the offer fails.</summary>
    public bool MaxWaitReached { get; set; }
    public int Offers { get; set; }

    /// <summary>The position last published to the customer; 0 when none is current.</summary>
    public int PublishedPosition { get; set; }

    public bool IsExcluded(string agentId) => _excluded is not null && _excluded.Contains(agentId);

    public void Exclude(string agentId) => (_excluded ??= new(StringComparer.Ordinal)).Add(agentId);

    public bool HasVisited(long skillGroupId) => _visited is not null && _visited.Contains(skillGroupId);

    /// <summary>Starts the session's stay in <see cref="Group"/>: exclusions belong to the group it leaves.</summary>
    public void Enter(SkillGroupQueue entered, DateTimeOffset now)
    {
        (_visited ??= []).Add(entered.Id);
        _excluded = null;
        Group = entered;
        EnteredGroupAt = now;
        GroupToken++;
        MaxWaitReached = false;
        PublishedPosition = 0;
        State = RoutingSessionState.Waiting;
    }
}
