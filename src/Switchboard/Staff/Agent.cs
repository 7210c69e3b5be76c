namespace Switchboard.Staff;

/// <summary>
/// An agent ("staff" / "seat" in TCCC terms) of one application, addressed by e-mail everywhere in the API.
/// </summary>
public sealed class Agent
{
    public long Id { get; set; }
    public long SdkAppId { get; set; }
    /// <summary>Login mail as the caller wrote it.</summary>
    public required string Mail { get; set; }
    /// <summary>Lower-cased <see cref="Mail"/>; unique per application.</summary>
    public required string MailKey { get; set; }
    public required string Name { get; set; }
    public required string StaffNumber { get; set; }
    public string? Phone { get; set; }
    public string? Nick { get; set; }
    public string? UserId { get; set; }
    public string? ExtensionNumber { get; set; }
    /// <summary>Role ids (1 admin, 2 QA inspector, 3 agent, other = custom role).</summary>
    public List<long> Roles { get; set; } = [];
    public bool UseMobileCallOut { get; set; }
    /// <summary>0 off, 1 only when offline, 2 always.</summary>
    public int UseMobileAccept { get; set; }
    /// <summary>ForwardingConfig as the API's JSON, kept verbatim.</summary>
    public string? ForwardingConfigJson { get; set; }
    public string? PasswordHash { get; set; }
    /// <summary>Unix seconds.</summary>
    public long CreatedAt { get; set; }
    /// <summary>Unix seconds; what DescribeStaffInfoList calls LastModifyTimestamp.</summary>
    public long LastModifyTimestamp { get; set; }
    public List<SkillGroupMembership> Memberships { get; set; } = [];
    /// <summary>
    /// Optimistic concurrency token: every write of the agent or its memberships increments it, so two
    /// racing modifications cannot interleave (the loser is told to retry instead of half-applying).
    /// </summary>
    public long Version { get; set; }
}
