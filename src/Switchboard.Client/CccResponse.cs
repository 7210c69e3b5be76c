using System.Text.Json.Serialization;

namespace Switchboard.Client;

/// <summary>
/// Base of every action's response: the fields inside <c>{"Response": {…}}</c>, of which
/// <see cref="RequestId"/> is always present.
/// </summary>
public abstract record CccResponse
{
    /// <summary>Unique id of the request, to quote when reporting a problem.</summary>
    [JsonPropertyOrder(int.MaxValue)]
    public string RequestId { get; init; } = "";
}
