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
    /// <summary>A rating of a chat that is still going on.</summary>
    public const string NotEnded = "sessionNotEnded";
    /// <summary>A rating of a chat no agent served.</summary>
    public const string NotServed = "sessionNotServed";
    /// <summary>A second rating of the same chat.</summary>
    public const string AlreadyRated = "alreadyRated";
    /// <summary>A rating after the window (<c>Chat:SatisfactionHours</c>), or rating is off.</summary>
    public const string RatingClosed = "ratingClosed";
    /// <summary>A rating that is not one of the offered answers.</summary>
    public const string BadSatisfaction = "badSatisfaction";
}
