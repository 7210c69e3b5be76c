namespace Switchboard.Client;

/// <summary>Output of ModifyStaff (only the RequestId).</summary>
public sealed record ModifyStaffResponse : CccResponse;
