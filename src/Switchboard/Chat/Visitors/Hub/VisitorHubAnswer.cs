using System.Text.Json.Serialization;

namespace Switchboard.Chat.Visitors.Hub;

/// <summary>
/// What every visitor hub method answers: <c>{ ok, code?, message?, session?, chatMessage?, messages?, sessions?, choices? }</c>.
/// Refusals carry a stable <c>code</c> (<see cref="ChatRefusals"/>, <c>badRequest</c>, <c>unavailable</c>) and a
/// sentence for people.
/// </summary>
public sealed record VisitorHubAnswer(
    bool Ok,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Code = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] VisitorSessionWire? Session = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] VisitorMessageWire? ChatMessage = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<VisitorMessageWire>? Messages = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<VisitorSessionWire>? Sessions = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<Satisfaction.SatisfactionChoice>? Choices = null)
{
    /// <summary>Code of a malformed request (unknown or missing members, wrong types, too long).</summary>
    public const string BadRequest = "badRequest";

    /// <summary>Code of a failure on the server's side; retrying later may work.</summary>
    public const string Unavailable = "unavailable";

    /// <summary>A refusal.</summary>
    public static VisitorHubAnswer Refused(string code, string message, VisitorSessionWire? session = null) =>
        new(false, code, message, session);

    /// <summary>The desk's answer.</summary>
    public static VisitorHubAnswer From(ChatResult result, VisitorMessageWire? chatMessage = null)
    {
        var session = result.Session is null ? null : VisitorSessionWire.From(result.Session);
        return result.Accepted
            ? new VisitorHubAnswer(true, Session: session, ChatMessage: chatMessage)
            : Refused(result.Code ?? BadRequest, result.Refusal ?? "The request was refused.", session);
    }
}
