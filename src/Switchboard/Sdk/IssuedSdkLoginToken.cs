namespace Switchboard.Sdk;

/// <summary>A freshly minted token (the only moment its text exists on the server) and its expiry in unix seconds.</summary>
public sealed record IssuedSdkLoginToken(string Token, long ExpiresAt);
