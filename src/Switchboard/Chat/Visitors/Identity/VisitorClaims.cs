using System.Globalization;
using System.Security.Claims;

namespace Switchboard.Chat.Visitors.Identity;

/// <summary>The identity of a visitor connection or request: the visitor its token names.</summary>
public static class VisitorClaims
{
    private const string SdkAppIdClaim = "sdk_app_id";
    private const string VisitorIdClaim = "visitor_id";
    private const string VerifiedClaim = "visitor_verified";
    private const string ClientDataClaim = "visitor_client_data";

    /// <summary>A principal for the ticket's visitor, authenticated by <paramref name="scheme"/>.</summary>
    public static ClaimsPrincipal For(VisitorTicket ticket, string scheme)
    {
        var claims = new List<Claim>
        {
            new(SdkAppIdClaim, ticket.SdkAppId.ToString(CultureInfo.InvariantCulture)),
            new(VisitorIdClaim, ticket.VisitorId),
            new(VerifiedClaim, ticket.Verified ? "true" : "false"),
            // SignalR's user id: one visitor's tabs share it.
            new(ClaimTypes.NameIdentifier, UserId(ticket.Identity)),
        };
        if (ticket.ClientData is not null) claims.Add(new Claim(ClientDataClaim, ticket.ClientData));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>The visitor of a principal made by <see cref="For"/>; null for anyone else (an agent, nobody).</summary>
    public static VisitorIdentity? VisitorOf(ClaimsPrincipal? user) =>
        long.TryParse(user?.FindFirst(SdkAppIdClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var sdkAppId)
        && user.FindFirst(VisitorIdClaim)?.Value is { } visitorId
            ? new VisitorIdentity(sdkAppId, visitorId, user.FindFirst(VerifiedClaim)?.Value == "true")
            : null;

    /// <summary>The client data a verified visitor's UserSig vouched for; null for anonymous visitors.</summary>
    public static string? SignedClientDataOf(ClaimsPrincipal? user) => user?.FindFirst(ClientDataClaim)?.Value;

    /// <summary>The SignalR user id of a visitor: application and visitor id.</summary>
    public static string UserId(VisitorIdentity visitor) =>
        string.Create(CultureInfo.InvariantCulture, $"{visitor.SdkAppId}:{(visitor.Verified ? "u" : "a")}:{visitor.VisitorId}");
}
