using Orleans;

namespace Switchboard.Chat;

/// <summary>The answer to a chat request: accepted, or refused with a reason a user can read.</summary>
/// <param name="Code">A stable machine-readable refusal code (<see cref="ChatRefusals"/>), null when accepted.</param>
[GenerateSerializer, Immutable, Alias("Switchboard.Chat.ChatResult")]
public sealed record ChatResult(bool Accepted, string? Code, string? Refusal, ChatSessionView? Session)
{
    /// <summary>Accepted, with the session as it is now.</summary>
    public static ChatResult Ok(ChatSessionView? session) => new(true, null, null, session);

    /// <summary>Refused.</summary>
    public static ChatResult Refused(string code, string refusal, ChatSessionView? session = null) => new(false, code, refusal, session);
}
