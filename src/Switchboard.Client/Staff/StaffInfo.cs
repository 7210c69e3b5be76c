namespace Switchboard.Client;

/// <summary>An agent as DescribeStaffInfoList reports it.</summary>
public sealed record StaffInfo
{
    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>Login e-mail, the agent's id.</summary>
    public string? Mail { get; init; }

    /// <summary>Mobile number (00-prefixed), empty when none.</summary>
    public string? Phone { get; init; }

    /// <summary>Nickname, empty when none.</summary>
    public string? Nick { get; init; }

    /// <summary>Employee number.</summary>
    public string? StaffNumber { get; init; }

    /// <summary>Deprecated: the first of <see cref="RoleList"/>.</summary>
    public long? RoleId { get; init; }

    /// <summary>Deprecated and, despite its name, a single number: the first of <see cref="RoleList"/>.</summary>
    public long? RoleIdList { get; init; }

    /// <summary>Role ids (1 administrator, 2 quality inspector, 3 agent).</summary>
    public IReadOnlyList<long>? RoleList { get; init; }

    /// <summary>Skill groups the agent belongs to, with the agent's priority in each.</summary>
    public IReadOnlyList<SkillGroupItem>? SkillGroupList { get; init; }

    /// <summary>Unix seconds of the last change to the agent (profile or memberships).</summary>
    public long? LastModifyTimestamp { get; init; }

    /// <summary>Internal extension number, empty when none.</summary>
    public string? ExtensionNumber { get; init; }

    /// <summary>Call forwarding settings; absent when never configured.</summary>
    public ForwardingConfig? ForwardingConfig { get; init; }
}
