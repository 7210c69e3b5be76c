namespace Switchboard.Sdk.Login;

/// <summary>The logged-in agent as the login answer describes it; <paramref name="UserId"/> is the mail as stored.</summary>
public sealed record SdkAgentCard(string UserId, string Name, string? Nick, string StaffNumber, long SdkAppId);
