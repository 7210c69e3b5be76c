namespace Switchboard.Sdk.Login;

/// <summary>The body of a successful <c>POST /sdk/login</c>.</summary>
/// <param name="Session">The session credential: presented to renew it and to open the hub connection.</param>
/// <param name="ExpiresIn">Seconds until <paramref name="Session"/> expires.</param>
/// <param name="Agent">Who logged in.</param>
/// <param name="RestReasons">The application's rest reasons, for the status switcher.</param>
/// <param name="Status">The agent's state at login.</param>
public sealed record SdkLoginAnswer(string Session, int ExpiresIn, SdkAgentCard Agent, IReadOnlyList<string> RestReasons, AgentState Status);
