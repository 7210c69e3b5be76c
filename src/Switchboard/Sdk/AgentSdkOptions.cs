namespace Switchboard.Sdk;

/// <summary>Settings of the agent SDK endpoints (configuration section <c>Sdk</c>).</summary>
public sealed class AgentSdkOptions
{
    /// <summary>Lifetime of a session credential; the script renews it at two thirds of this.</summary>
    public int SessionMinutes { get; set; } = 15;

    /// <summary>
    /// Logins and renewals one client address may make per second on average; 0 turns the limit off. A whole
    /// contact center behind one NAT address logs in at shift start, so the limit is generous: it only stops a
    /// script hammering the token store.
    /// </summary>
    public int LoginsPerSecondPerAddress { get; set; } = 5;

    /// <summary>Logins and renewals one client address may make in a burst above the average.</summary>
    public int LoginBurstPerAddress { get; set; } = 50;

    /// <summary>Hub invocations one connection may make per second on average; 0 turns the limit off.</summary>
    public int HubInvocationsPerSecond { get; set; } = 20;

    /// <summary>Hub invocations one connection may make in a burst above the average.</summary>
    public int HubInvocationBurst { get; set; } = 40;

    /// <summary>Largest hub message accepted; a larger one closes the connection.</summary>
    public int MaxHubMessageBytes { get; set; } = 32 * 1024;

    /// <summary>Session lifetime as a span, at least one minute.</summary>
    public TimeSpan SessionLifetime => TimeSpan.FromMinutes(Math.Max(SessionMinutes, 1));
}
