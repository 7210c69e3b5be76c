namespace Switchboard.Push;

/// <summary>Webhook delivery settings, section <c>Push</c> (docs/push.md).</summary>
public sealed class PushOptions
{
    /// <summary>Attempts per event before it is left <see cref="PushDeliveryState.Failed"/> (<c>MaxAttempts</c>, default 6).</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>Wait after the first failure; each further failure doubles it (<c>FirstDelaySeconds</c>, default 1).</summary>
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts (<c>MaxDelaySeconds</c>, default 600).</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long one attempt may take, connection to last byte of the answer (<c>TimeoutSeconds</c>, default 10).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How often an idle dispatcher looks for deliveries another node wrote (<c>PollSeconds</c>, default 2); events
    /// published on this node wake it at once.
    /// </summary>
    public TimeSpan Poll { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Deliveries one node sends at the same time (<c>Concurrency</c>, default 8).</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>
    /// How long finished deliveries (delivered, failed, without subscriber) are kept before <see cref="PushRetention"/>
    /// deletes them (<c>RetentionDays</c>, default 30); null (<c>RetentionDays</c> 0) keeps them for good.
    /// </summary>
    public TimeSpan? Retention { get; init; } = TimeSpan.FromDays(30);

    /// <summary>
    /// How long a claimed delivery stays reserved for the node sending it: the attempt's timeout plus a margin. A
    /// node that dies mid-attempt leaves the delivery to the others once this passes.
    /// </summary>
    public TimeSpan Lease => Timeout + TimeSpan.FromSeconds(5);

    /// <summary>The wait after <paramref name="failedAttempts"/> failures: the first delay doubled per further failure, capped.</summary>
    public TimeSpan DelayAfter(int failedAttempts)
    {
        var doublings = Math.Clamp(failedAttempts - 1, 0, 30);
        var delay = FirstDelay.TotalMilliseconds * Math.Pow(2, doublings);
        return TimeSpan.FromMilliseconds(Math.Min(delay, MaxDelay.TotalMilliseconds));
    }

    /// <summary>Reads the <c>Push</c> section; a value out of range stops the server at start with the setting's name.</summary>
    public static PushOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Push");
        return new PushOptions
        {
            MaxAttempts = Whole(section, "MaxAttempts", 6, 1, 100),
            FirstDelay = Seconds(section, "FirstDelaySeconds", 1, 0.01, 86_400),
            MaxDelay = Seconds(section, "MaxDelaySeconds", 600, 0.01, 86_400),
            Timeout = Seconds(section, "TimeoutSeconds", 10, 0.1, 300),
            Poll = Seconds(section, "PollSeconds", 2, 0.01, 3_600),
            Concurrency = Whole(section, "Concurrency", 8, 1, 256),
            Retention = RetentionFrom(section),
        };
    }

    private static TimeSpan? RetentionFrom(IConfigurationSection section)
    {
        var days = section.GetValue<double?>("RetentionDays") ?? 30;
        if (days < 0 || days > 36_500)
            throw new InvalidOperationException($"Push:RetentionDays must be between 0 (keep for good) and 36500 days, not {days}.");
        return days == 0 ? null : TimeSpan.FromDays(days);
    }

    private static int Whole(IConfigurationSection section, string key, int fallback, int min, int max)
    {
        var value = section.GetValue<int?>(key) ?? fallback;
        if (value < min || value > max)
            throw new InvalidOperationException($"Push:{key} must be between {min} and {max}, not {value}.");
        return value;
    }

    private static TimeSpan Seconds(IConfigurationSection section, string key, double fallback, double min, double max)
    {
        var value = section.GetValue<double?>(key) ?? fallback;
        if (value < min || value > max)
            throw new InvalidOperationException($"Push:{key} must be between {min} and {max} seconds, not {value}.");
        return TimeSpan.FromSeconds(value);
    }
}
