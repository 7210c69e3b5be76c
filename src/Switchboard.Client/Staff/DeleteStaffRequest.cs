namespace Switchboard.Client;

/// <summary>Input of DeleteStaff: removes agents that are not online.</summary>
public sealed record DeleteStaffRequest
{
    /// <summary>The application.</summary>
    public required long SdkAppId { get; init; }

    /// <summary>Mails of the agents to delete, 1 to 200.</summary>
    public required IReadOnlyList<string> StaffList { get; init; }
}
