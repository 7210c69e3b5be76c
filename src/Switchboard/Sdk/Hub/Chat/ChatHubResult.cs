using System.Text.Json.Serialization;
using Switchboard.Chat;

namespace Switchboard.Sdk.Hub.Chat;

/// <summary>
/// What the agent hub's chat methods answer: <c>{ ok, code?, message?, … }</c>, plus the session, the stored
/// message, or the lists the method is about (<c>transferTargets</c> from <c>ChatTransferTargets</c>). Refusals are values with a stable <paramref name="Code"/>
/// (<see cref="ChatRefusals"/>, <see cref="BadRequest"/> or <see cref="Unavailable"/>) and a reason a person can read.
/// </summary>
public sealed record ChatHubResult(
    bool Ok,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Code = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ChatSessionView? Session = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ChatMessageView? ChatMessage = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ChatMessageView>? Messages = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ChatSessionView>? Sessions = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TransferTargets? TransferTargets = null)
{
    /// <summary>The argument does not have the method's shape.</summary>
    public const string BadRequest = "badRequest";

    /// <summary>The server could not handle the request right now (a failure inside it); retrying may work.</summary>
    public const string Unavailable = "unavailable";

    /// <summary>A refusal.</summary>
    public static ChatHubResult Refused(string code, string message, ChatSessionView? session = null) =>
        new(false, code, message, session);

    /// <summary>The desk's answer as the hub passes it on.</summary>
    public static ChatHubResult From(ChatResult result) =>
        result.Accepted ? new(true, Session: result.Session) : new(false, result.Code, result.Refusal, result.Session);
}
