using Switchboard.Presence;

namespace Switchboard.Sdk.Login;

/// <summary>A session credential the server issued and has just verified: whose it is and until when.</summary>
public sealed record SdkSession(AgentKey Agent, DateTimeOffset ExpiresAt);
