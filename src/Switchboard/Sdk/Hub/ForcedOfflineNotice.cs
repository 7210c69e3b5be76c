namespace Switchboard.Sdk.Hub;

/// <summary>The argument of the <c>forcedOffline</c> message: why the business took the agent offline.</summary>
public sealed record ForcedOfflineNotice(string Message);
