using System.Globalization;
using System.Security.Claims;
using Switchboard.Presence;

namespace Switchboard.Sdk.Hub;

/// <summary>The identity of a hub connection: the agent its session credential names.</summary>
public static class AgentClaims
{
    private const string SdkAppIdClaim = "sdk_app_id";
    private const string MailKeyClaim = "agent_mail_key";

    /// <summary>A principal for <paramref name="agent"/>, authenticated by <paramref name="scheme"/>.</summary>
    public static ClaimsPrincipal For(AgentKey agent, string scheme) => new(new ClaimsIdentity(
    [
        new Claim(SdkAppIdClaim, agent.SdkAppId.ToString(CultureInfo.InvariantCulture)),
        new Claim(MailKeyClaim, agent.MailKey),
        // SignalR's user id: lets Clients.User address every tab of the agent, as the group does.
        new Claim(ClaimTypes.NameIdentifier, agent.ToString()),
    ], scheme));

    /// <summary>The agent of a principal made by <see cref="For"/>; null for anyone else.</summary>
    public static AgentKey? AgentOf(ClaimsPrincipal? user) =>
        long.TryParse(user?.FindFirst(SdkAppIdClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var sdkAppId)
        && user.FindFirst(MailKeyClaim)?.Value is { } mailKey
            ? new AgentKey(sdkAppId, mailKey)
            : null;
}
