namespace Switchboard.Client;

/// <summary>Input of ModifyStaff: changes the fields given, leaves the others as they are.</summary>
public sealed record ModifyStaffRequest
{
    /// <summary>The application.</summary>
    public required long SdkAppId { get; init; }

    /// <summary>Mail of the agent to change.</summary>
    public required string Email { get; init; }

    /// <summary>New display name.</summary>
    public string? Name { get; init; }

    /// <summary>New mobile number, 00-prefixed (<c>008618011111111</c>); an empty string removes it.</summary>
    public string? Phone { get; init; }

    /// <summary>New nickname; an empty string removes it.</summary>
    public string? Nick { get; init; }

    /// <summary>New employee number.</summary>
    public string? StaffNo { get; init; }

    /// <summary>The complete new set of skill groups (replaces the current memberships; kept groups keep their priority).</summary>
    public IReadOnlyList<long>? SkillGroupIds { get; init; }

    /// <summary>Whether the agent may place calls from the bound mobile.</summary>
    public bool? UseMobileCallOut { get; init; }

    /// <summary>Answer calls on the mobile: 0 never, 1 only while offline, 2 always.</summary>
    public long? UseMobileAccept { get; init; }

    /// <summary>New extension number (4 to 6 digits, the first one 1 to 8); an empty string removes it.</summary>
    public string? ExtensionNumber { get; init; }

    /// <summary>New call forwarding settings.</summary>
    public ForwardingConfig? ForwardingConfig { get; init; }
}
