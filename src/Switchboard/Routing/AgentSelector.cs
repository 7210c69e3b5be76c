namespace Switchboard.Routing;

/// <summary>The strategies: which of the agents able to take a session gets it.</summary>
internal static class AgentSelector
{
    /// <summary>
    /// The agent to offer <paramref name="session"/> to among <paramref name="eligible"/> (members able to take a
    /// session of <paramref name="group"/> now), or null when none may have it or it waits for its last agent.
    /// </summary>
    public static RoutedAgent? Choose(SkillGroupQueue group, RoutedSession session, List<RoutedAgent> eligible, DateTimeOffset now)
    {
        var settings = group.Settings;
        if (session.TargetAgentId is { } target && !session.IsExcluded(target))
        {
            foreach (var agent in eligible)
                if (agent.Id == target) return agent;
            return null;
        }
        if (settings.PreferLastAgent && session.LastAgentId is { } last && !session.IsExcluded(last))
        {
            foreach (var agent in eligible)
                if (agent.Id == last) return agent;
            if (IsWaitingFor(group, session, last, now)) return null;
        }

        RoutedAgent? best = null;
        foreach (var agent in eligible)
        {
            if (session.IsExcluded(agent.Id)) continue;
            if (best is null || IsBetter(group, agent, best)) best = agent;
        }
        return best;
    }

    /// <summary>The session holds for its last agent: within the wait, and the agent is a logged-in member who may take it later.</summary>
    private static bool IsWaitingFor(SkillGroupQueue group, RoutedSession session, string lastAgentId, DateTimeOffset now) =>
        group.Settings.LastAgentWait > TimeSpan.Zero
        && now < session.EnteredGroupAt + group.Settings.LastAgentWait
        && group.Members.TryGetValue(lastAgentId, out var lastAgent)
        && lastAgent.Availability != AgentAvailability.Offline;

    /// <summary>Whether <paramref name="candidate"/> goes before <paramref name="best"/> under the group's strategy.</summary>
    public static bool IsBetter(SkillGroupQueue group, RoutedAgent candidate, RoutedAgent best)
    {
        var order = group.Settings.Strategy switch
        {
            RoutingStrategy.AgentPriority => candidate.Memberships[group.Id].CompareTo(best.Memberships[group.Id]),
            RoutingStrategy.FewestSessionsToday => candidate.SessionsToday.CompareTo(best.SessionsToday),
            _ => 0,
        };
        if (order == 0) order = candidate.LoadFor(group.Settings.Channel).CompareTo(best.LoadFor(group.Settings.Channel));
        if (order == 0) order = candidate.LastIdleAt.CompareTo(best.LastIdleAt);
        if (order == 0) order = string.CompareOrdinal(candidate.Id, best.Id);
        return order < 0;
    }
}
