using Orleans;

namespace Switchboard.Chat;

/// <summary>Who sends a message or acts on a session: the visitor (by visitor id) or an agent (by mail key).</summary>
[GenerateSerializer, Immutable, Alias("Switchboard.Chat.ChatSender")]
public readonly record struct ChatSender(ChatParticipantRole Role, string Id)
{
    /// <summary>The visitor <paramref name="visitorId"/>.</summary>
    public static ChatSender Visitor(string visitorId) => new(ChatParticipantRole.Visitor, visitorId);

    /// <summary>The agent whose lower-cased mail is <paramref name="mailKey"/>.</summary>
    public static ChatSender Agent(string mailKey) => new(ChatParticipantRole.Agent, mailKey);
}
