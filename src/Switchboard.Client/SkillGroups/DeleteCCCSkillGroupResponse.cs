namespace Switchboard.Client;

/// <summary>Output of DeleteCCCSkillGroup (only the RequestId).</summary>
public sealed record DeleteCCCSkillGroupResponse : CccResponse;
