namespace Switchboard.Chat.Visitors.Identity;

/// <summary>What a visitor token carries, sealed by the server.</summary>
/// <param name="ClientData">For verified visitors, the client data their UserSig vouched for; null for anonymous ones.</param>
/// <param name="ExpiresAtMs">Unix milliseconds after which the token no longer authenticates.</param>
/// <param name="RenewableUntilMs">Unix milliseconds until which signing in with the token keeps the visitor id.</param>
public sealed record VisitorTicket(long SdkAppId, string VisitorId, bool Verified, string? ClientData, long ExpiresAtMs, long RenewableUntilMs)
{
    /// <summary>The identity the chat desk knows the visitor by.</summary>
    public VisitorIdentity Identity => new(SdkAppId, VisitorId, Verified);
}
