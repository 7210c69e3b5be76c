namespace Switchboard.Client;

/// <summary>Output of UnbindStaffSkillGroupList (only the RequestId).</summary>
public sealed record UnbindStaffSkillGroupListResponse : CccResponse;
