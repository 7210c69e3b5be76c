namespace Switchboard.Chat.Visitors.Hub;

/// <summary>A session as the visitor hub sends it (docs/chat.md "Wire forms"): enums as lower-case strings.</summary>
public sealed record VisitorSessionWire(
    string SessionId,
    string State,
    int? QueuePosition,
    string Nickname,
    string? AgentMail,
    string? AgentName,
    long SkillGroupId,
    long CreatedAtMs,
    long? AcceptedAtMs,
    long? EndedAtMs,
    int? EndStatus,
    string? CloseBy)
{
    /// <summary>The wire form of <paramref name="view"/>.</summary>
    public static VisitorSessionWire From(ChatSessionView view) => new(
        view.SessionId, ChatWireNames.Of(view.State), view.QueuePosition, view.Nickname, view.AgentMail, view.AgentName,
        view.SkillGroupId, view.CreatedAtMs, view.AcceptedAtMs, view.EndedAtMs, view.EndStatus, view.CloseBy);
}
