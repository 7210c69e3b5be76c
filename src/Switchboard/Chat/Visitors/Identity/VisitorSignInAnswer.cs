namespace Switchboard.Chat.Visitors.Identity;

/// <summary>The answer of a sign-in: who the visitor is and the bearer token for the hub and attachments.</summary>
/// <param name="ExpiresAtMs">Unix milliseconds when the token stops working; the widget signs in again before.</param>
public sealed record VisitorSignInAnswer(string VisitorId, string VisitorToken, bool Verified, long ExpiresAtMs);
