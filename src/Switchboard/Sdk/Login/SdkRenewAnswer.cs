namespace Switchboard.Sdk.Login;

/// <summary>The body of a successful <c>POST /sdk/session/renew</c>: a fresh credential and its lifetime in seconds.</summary>
public sealed record SdkRenewAnswer(string Session, int ExpiresIn);
