namespace Switchboard.Presence;

/// <summary>Presence settings, section <c>Presence</c>.</summary>
public sealed class PresenceOptions
{
    /// <summary>How long a dropped workstation keeps the agent's state before the agent goes offline (<c>DisconnectGraceSeconds</c>, default 30).</summary>
    public TimeSpan DisconnectGrace { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>After-call work that follows every session before the agent is free again (<c>AfterCallWorkSeconds</c>, default 30; 0 = none).</summary>
    public TimeSpan AfterCallWork { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The state an offline agent enters when their first workstation connects or they go online (<c>InitialStatus</c>: free or notReady).</summary>
    public AgentStatus InitialStatus { get; init; } = AgentStatus.Free;

    /// <summary>The time zone whose midnight starts "today" for DescribeStaffStatusMetrics (<c>TimeZone</c>, IANA id, default UTC).</summary>
    public TimeZoneInfo DayTimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>Midnight of the day <paramref name="now"/> falls in, in <see cref="DayTimeZone"/>.</summary>
    public DateTimeOffset StartOfDay(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, DayTimeZone);
        return new DateTimeOffset(local.Date, DayTimeZone.GetUtcOffset(local.Date));
    }

    /// <summary>Reads the <c>Presence</c> section; a value out of range stops the server at start with the setting's name.</summary>
    public static PresenceOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Presence");
        var initialName = section["InitialStatus"] ?? "free";
        if (!AgentStatusNames.TryParse(initialName, out var initial) || initial is not (AgentStatus.Free or AgentStatus.NotReady))
            throw new InvalidOperationException($"Presence:InitialStatus must be 'free' or 'notReady', not '{initialName}'.");
        var zoneName = section["TimeZone"];
        return new PresenceOptions
        {
            DisconnectGrace = Seconds(section, "DisconnectGraceSeconds", 30),
            AfterCallWork = Seconds(section, "AfterCallWorkSeconds", 30),
            InitialStatus = initial,
            DayTimeZone = string.IsNullOrEmpty(zoneName) ? TimeZoneInfo.Utc : Zone(zoneName),
        };
    }

    private static TimeZoneInfo Zone(string name) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone)
            ? zone
            : throw new InvalidOperationException($"Presence:TimeZone must be a time zone id such as Asia/Shanghai, not '{name}'.");

    private static TimeSpan Seconds(IConfigurationSection section, string key, int fallback)
    {
        var value = section.GetValue<double?>(key) ?? fallback;
        if (value is < 0 or > 86_400)
            throw new InvalidOperationException($"Presence:{key} must be between 0 and 86400 seconds, not {value}.");
        return TimeSpan.FromSeconds(value);
    }
}
