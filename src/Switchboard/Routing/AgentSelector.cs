namespace Switchboard.Routing;

/// <summary>The strategies: which of the agents able to take a session gets it.</summary>
internal static class AgentSelector
{
    /// <summary>
    /// Adds to <paramref name="chosen"/> the agents to ring for <paramref name="session"/> among
    /// <paramref name="eligible"/> (members able to take a session of <paramref name="group"/> now): the strategy's
    /// best, or in a ring-all group every candidate (best first). Nothing when none may have it or it waits for its
    /// last agent. A transfer's target and a preferred last agent are rung alone, ring-all or not. Answers whether
    /// the session rings everyone (a ring-all group, nobody singled out), so agents free later may join the ring.
    /// </summary>
    public static bool Choose(SkillGroupQueue group, RoutedSession session, List<RoutedAgent> eligible, DateTimeOffset now, List<RoutedAgent> chosen)
    {
        if (ChooseOne(group, session, eligible, now, out var alone) is not { } best) return false;
        chosen.Add(best);
        if (alone || !group.Settings.RingAll) return false;
        foreach (var agent in eligible)
            if (agent != best && !session.IsExcluded(agent.Id)) chosen.Add(agent);
        return true;
    }

    private static RoutedAgent? ChooseOne(SkillGroupQueue group, RoutedSession session, List<RoutedAgent> eligible, DateTimeOffset now, out bool alone)
    {
        alone = true;
        var settings = group.Settings;
        if (IsTargeted(group, session) is { } target)
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

        alone = false;
        RoutedAgent? best = null;
        foreach (var agent in eligible)
        {
            if (session.IsExcluded(agent.Id)) continue;
            if (best is null || IsBetter(group, agent, best)) best = agent;
        }
        return best;
    }

    /// <summary>
    /// The one agent a transferred session is meant for, while that agent is a logged-in member who has not
    /// refused it; otherwise null and the group's strategy decides.
    /// </summary>
    private static string? IsTargeted(SkillGroupQueue group, RoutedSession session) =>
        session.TargetAgentId is { } target
        && !session.IsExcluded(target)
        && group.Members.TryGetValue(target, out var agent)
        && agent.Availability != AgentAvailability.Offline
            ? target
            : null;

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
