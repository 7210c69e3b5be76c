namespace Switchboard.Client;

/// <summary>A visitor's satisfaction rating of a chat service.</summary>
public sealed record IMSatisfaction
{
    /// <summary>The rating's value.</summary>
    public long Id { get; init; }

    /// <summary>The rating's label.</summary>
    public string Label { get; init; } = "";
}
