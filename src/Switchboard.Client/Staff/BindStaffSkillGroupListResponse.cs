namespace Switchboard.Client;

/// <summary>Output of BindStaffSkillGroupList (only the RequestId).</summary>
public sealed record BindStaffSkillGroupListResponse : CccResponse;
