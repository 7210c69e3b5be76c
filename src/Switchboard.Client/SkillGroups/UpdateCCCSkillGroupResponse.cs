namespace Switchboard.Client;

/// <summary>Output of UpdateCCCSkillGroup (only the RequestId).</summary>
public sealed record UpdateCCCSkillGroupResponse : CccResponse;
