namespace Switchboard.Routing;

/// <summary>
/// The <c>Routing</c> section: what a skill group gets for a setting it has no <see cref="SkillGroupRouting"/>
/// value for. Out-of-range values stop the server at start with the setting's name.
/// </summary>
public sealed class RoutingDefaults
{
    /// <summary><c>RingTimeoutSeconds</c>, default 20.</summary>
    public int RingTimeoutSeconds { get; init; } = 20;
    /// <summary><c>NotReadyOnNoAnswer</c>, default true.</summary>
    public bool NotReadyOnNoAnswer { get; init; } = true;
    /// <summary><c>AutoAccept</c>, default false.</summary>
    public bool AutoAccept { get; init; }
    /// <summary><c>AfterCallWorkSeconds</c>, default <c>Presence:AfterCallWorkSeconds</c> (30).</summary>
    public int AfterCallWorkSeconds { get; init; } = 30;
    /// <summary><c>MaxWaitSeconds</c>, default 0 (no limit).</summary>
    public int MaxWaitSeconds { get; init; }
    /// <summary><c>LastAgentWaitSeconds</c>, default 0.</summary>
    public int LastAgentWaitSeconds { get; init; }
    /// <summary><c>EndWhenNoAgentOnline</c>, default true.</summary>
    public bool EndWhenNoAgentOnline { get; init; } = true;
    /// <summary><c>VisitorIdleTimeoutSeconds</c>, default 600; 0 = never.</summary>
    public int VisitorIdleTimeoutSeconds { get; init; } = 600;

    /// <summary>Reads the <c>Routing</c> section.</summary>
    public static RoutingDefaults From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Routing");
        var presenceAfterCallWork = configuration.GetValue<double?>("Presence:AfterCallWorkSeconds") ?? 30;
        return new RoutingDefaults
        {
            RingTimeoutSeconds = Seconds(section, "RingTimeoutSeconds", 20, minimum: 1),
            NotReadyOnNoAnswer = section.GetValue<bool?>("NotReadyOnNoAnswer") ?? true,
            AutoAccept = section.GetValue<bool?>("AutoAccept") ?? false,
            AfterCallWorkSeconds = Seconds(section, "AfterCallWorkSeconds", (int)presenceAfterCallWork),
            MaxWaitSeconds = Seconds(section, "MaxWaitSeconds", 0),
            LastAgentWaitSeconds = Seconds(section, "LastAgentWaitSeconds", 0),
            EndWhenNoAgentOnline = section.GetValue<bool?>("EndWhenNoAgentOnline") ?? true,
            VisitorIdleTimeoutSeconds = Seconds(section, "VisitorIdleTimeoutSeconds", 600),
        };
    }

    /// <summary>The engine's settings for a group, its stored values over these defaults.</summary>
    public SkillGroupSettings SettingsFor(long skillGroupId, RoutingChannel channel, int maxConcurrency, string routePolicy, bool preferLastAgent, SkillGroupRouting? stored) =>
        new(skillGroupId, channel)
        {
            Strategy = RoutePolicies.Parse(routePolicy),
            MaxConcurrency = Math.Max(1, maxConcurrency),
            PreferLastAgent = preferLastAgent,
            LastAgentWait = TimeSpan.FromSeconds(stored?.LastAgentWaitSeconds ?? LastAgentWaitSeconds),
            MaxWait = TimeSpan.FromSeconds(stored?.MaxWaitSeconds ?? MaxWaitSeconds),
            OverflowSkillGroupId = stored?.OverflowSkillGroupId,
            RingTimeout = TimeSpan.FromSeconds(stored?.RingTimeoutSeconds ?? RingTimeoutSeconds),
            NotReadyOnNoAnswer = stored?.NotReadyOnNoAnswer ?? NotReadyOnNoAnswer,
            AutoAccept = stored?.AutoAccept ?? AutoAccept,
            AfterCallWork = TimeSpan.FromSeconds(stored?.AfterCallWorkSeconds ?? AfterCallWorkSeconds),
            EndWhenNoAgentOnline = stored?.EndWhenNoAgentOnline ?? EndWhenNoAgentOnline,
        };

    private static int Seconds(IConfigurationSection section, string key, int fallback, int minimum = 0)
    {
        var value = section.GetValue<int?>(key) ?? fallback;
        if (value < minimum || value > 86_400)
            throw new InvalidOperationException($"Routing:{key} must be between {minimum} and 86400 seconds, not {value}.");
        return value;
    }
}
