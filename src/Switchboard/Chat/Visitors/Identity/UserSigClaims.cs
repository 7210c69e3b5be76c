namespace Switchboard.Chat.Visitors.Identity;

/// <summary>What a UserSig vouches for.</summary>
/// <param name="Uid">The business's id of the visitor; becomes the visitor id.</param>
/// <param name="ClientData">The business's data about the visitor; the agent sees it as <c>clientData</c>.</param>
/// <param name="ExpiresAt">Unix seconds after which the UserSig no longer signs anyone in.</param>
public sealed record UserSigClaims(long SdkAppId, string Uid, string ClientData, long ExpiresAt);
