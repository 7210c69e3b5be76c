namespace Switchboard.Client;

/// <summary>Input of CreateStaff: adds up to 10 agents to an application.</summary>
public sealed record CreateStaffRequest
{
    /// <summary>The application.</summary>
    public required long SdkAppId { get; init; }

    /// <summary>The agents to create, 1 to 10. Each row succeeds or fails on its own.</summary>
    public required IReadOnlyList<SeatUserInfo> Staffs { get; init; }

    /// <summary>TCCC mails the initial password when true (its default). Switchboard sends no mail and ignores it; set passwords with ModifyStaffPassword.</summary>
    public bool? SendPassword { get; init; }
}
