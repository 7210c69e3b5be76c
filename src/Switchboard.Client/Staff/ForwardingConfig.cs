namespace Switchboard.Client;

/// <summary>Where an agent's calls go when forwarding is on.</summary>
public sealed record ForwardingConfig
{
    /// <summary>Whether forwarding is on.</summary>
    public bool? Enabled { get; init; }

    /// <summary>1 forward every call, 2 forward only when the agent cannot answer.</summary>
    public long? Condition { get; init; }

    /// <summary>The destination; required when <see cref="Enabled"/> is true.</summary>
    public ForwardingTarget? Target { get; init; }
}
