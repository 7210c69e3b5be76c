namespace Switchboard.Chat;

/// <summary>Refusal codes of <see cref="ChatResult"/>; the hubs pass them to clients unchanged.</summary>
public static class ChatRefusals
{
    /// <summary>No such session in this application, or the caller is not its participant.</summary>
    public const string NotFound = "sessionNotFound";
    /// <summary>The session has ended.</summary>
    public const string Ended = "sessionEnded";
    /// <summary>The session is not offered to, or served by, this agent.</summary>
    public const string NotYours = "notYourSession";
    /// <summary>The message is empty, too long, of an unknown type, or names an attachment of another session.</summary>
    public const string BadMessage = "badMessage";
    /// <summary>The skill group does not exist or is not a chat group.</summary>
    public const string BadSkillGroup = "badSkillGroup";
    /// <summary>The transfer target is unknown, the same agent, or not a member who can take chats.</summary>
    public const string BadTransferTarget = "badTransferTarget";
    /// <summary>The visitor's id, nickname, avatar, clientData, page or channel is longer than stored.</summary>
    public const string BadVisitor = "badVisitor";
    /// <summary>The sender is sending faster than allowed.</summary>
    public const string RateLimited = "rateLimited";
}
