namespace Switchboard.Client;

/// <summary>What a busy agent is busy with.</summary>
public sealed record StaffStatusExtra
{
    /// <summary><c>im</c>, <c>tel</c> or <c>all</c>.</summary>
    public string? Type { get; init; }

    /// <summary><c>in</c> or <c>out</c>.</summary>
    public string? Direct { get; init; }
}
