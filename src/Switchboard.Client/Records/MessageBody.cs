namespace Switchboard.Client;

/// <summary>One message of a chat transcript: who sent it, when, and its elements.</summary>
public sealed record MessageBody
{
    /// <summary>Unix seconds when the message was stored.</summary>
    public long Timestamp { get; init; }

    /// <summary>The sender: the visitor's id (<see cref="IMCdrInfo.ClientUserId"/>) or the agent's mail.</summary>
    public string From { get; init; } = "";

    /// <summary>The message's elements; Switchboard writes one per message.</summary>
    public IReadOnlyList<Message> Messages { get; init; } = [];
}
