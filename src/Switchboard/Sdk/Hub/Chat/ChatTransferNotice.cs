using System.Text.Json.Serialization;

namespace Switchboard.Sdk.Hub.Chat;

/// <summary>The argument of <c>transfer</c>: where this agent's transfer took the session. Ids travel as strings, as TCCC's do.</summary>
public sealed record ChatTransferNotice(
    string SessionId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SkillGroupId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? UserId);
