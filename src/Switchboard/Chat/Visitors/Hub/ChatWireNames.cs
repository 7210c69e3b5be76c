namespace Switchboard.Chat.Visitors.Hub;

/// <summary>The lower-case names the chat wire uses for session states and sender roles.</summary>
public static class ChatWireNames
{
    /// <summary><c>queued</c>, <c>ringing</c>, <c>serving</c> or <c>ended</c>.</summary>
    public static string Of(ChatSessionState state) => state switch
    {
        ChatSessionState.Queued => "queued",
        ChatSessionState.Ringing => "ringing",
        ChatSessionState.Serving => "serving",
        ChatSessionState.Ended => "ended",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary><c>visitor</c>, <c>agent</c> or <c>system</c>.</summary>
    public static string Of(ChatParticipantRole role) => role switch
    {
        ChatParticipantRole.Visitor => "visitor",
        ChatParticipantRole.Agent => "agent",
        ChatParticipantRole.System => "system",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
