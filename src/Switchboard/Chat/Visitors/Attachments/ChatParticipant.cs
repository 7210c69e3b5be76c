using Microsoft.AspNetCore.Authentication;
using Switchboard.Chat.Visitors.Identity;
using Switchboard.Sdk.Hub;

namespace Switchboard.Chat.Visitors.Attachments;

/// <summary>Who calls an attachment endpoint: a visitor by their token, or an agent by their SDK session credential.</summary>
public readonly record struct ChatParticipant(long SdkAppId, ChatSender Sender)
{
    /// <summary>The caller, or null when the request carries neither a valid visitor token nor a valid agent credential.</summary>
    public static async Task<ChatParticipant?> AuthenticateAsync(HttpContext http)
    {
        var asVisitor = await http.AuthenticateAsync(VisitorTokenAuthentication.SchemeName);
        if (asVisitor.Succeeded && VisitorClaims.VisitorOf(asVisitor.Principal) is { } visitor)
            return new ChatParticipant(visitor.SdkAppId, ChatSender.Visitor(visitor.VisitorId));
        var asAgent = await http.AuthenticateAsync(SdkSessionAuthentication.SchemeName);
        if (asAgent.Succeeded && AgentClaims.AgentOf(asAgent.Principal) is { } agent)
            return new ChatParticipant(agent.SdkAppId, ChatSender.Agent(agent.MailKey));
        return null;
    }
}
