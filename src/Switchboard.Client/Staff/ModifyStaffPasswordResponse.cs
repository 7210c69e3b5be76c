namespace Switchboard.Client;

/// <summary>Output of ModifyStaffPassword (only the RequestId).</summary>
public sealed record ModifyStaffPasswordResponse : CccResponse;
