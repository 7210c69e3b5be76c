namespace Switchboard.Media.Ice;

/// <summary>Timing of an ICE-lite agent.</summary>
public sealed record IceAgentOptions
{
    /// <summary>The defaults: a 30 s consent timeout checked every second (RFC 7675 §5.1).</summary>
    public static IceAgentOptions Default { get; } = new();

    /// <summary>
    /// How long the session lives without a valid connectivity check, counted from its creation and then from the
    /// last valid check. Browsers check consent about every 5 s, so 30 s tolerates several losses.
    /// </summary>
    public TimeSpan ConsentTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the agent looks at the time since the last valid check; bounds how late a loss is reported.</summary>
    public TimeSpan ConsentCheckInterval { get; init; } = TimeSpan.FromSeconds(1);
}
