using System.Text.Json.Serialization;

namespace Switchboard.Sdk.Hub;

/// <summary>
/// What <c>SetStatus</c>, <c>Online</c> and <c>Offline</c> answer: whether the server applied the request, why not
/// when it did not, and the agent's state after it either way.
/// </summary>
public sealed record HubResult(
    bool Ok,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ErrorMsg,
    AgentState State)
{
    /// <summary>A refused request; the state is unchanged.</summary>
    public static HubResult Refused(string errorMsg, AgentState state) => new(false, errorMsg, state);
}
