namespace Switchboard.IntegrationTests.Sdk.Chat;

/// <summary>One request the desk received: the method, who acted (agent key or participant), the session and the rest.</summary>
internal sealed record DeskCall(string Method, string Actor, string SessionId, string Detail = "");
