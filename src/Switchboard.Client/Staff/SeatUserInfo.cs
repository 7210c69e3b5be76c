namespace Switchboard.Client;

/// <summary>
/// An agent account to create (element of <see cref="CreateStaffRequest.Staffs"/>).
/// </summary>
public sealed record SeatUserInfo
{
    /// <summary>Display name of the agent.</summary>
    public required string Name { get; init; }

    /// <summary>Login e-mail; the agent's id in every other action (compared case-insensitively).</summary>
    public required string Mail { get; init; }

    /// <summary>Employee number.</summary>
    public required string StaffNumber { get; init; }

    /// <summary>Mobile number in international form with the <c>00</c> prefix, e.g. <c>008618011111111</c>.</summary>
    public string? Phone { get; init; }

    /// <summary>Nickname shown to customers.</summary>
    public string? Nick { get; init; }

    /// <summary>The business's own id for this person.</summary>
    public string? UserId { get; init; }

    /// <summary>Names of existing skill groups of the application the agent joins (priority 3 in each).</summary>
    public IReadOnlyList<string>? SkillGroupNameList { get; init; }

    /// <summary>Role id: 1 administrator, 2 quality inspector, 3 agent (the default).</summary>
    public long? Role { get; init; }

    /// <summary>Internal extension number: 4 to 6 digits, the first one 1 to 8.</summary>
    public string? ExtensionNumber { get; init; }
}
