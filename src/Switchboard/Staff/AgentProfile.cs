namespace Switchboard.Staff;

/// <summary>What a workstation shows about its agent: the mail as stored (original case), names and number.</summary>
public sealed record AgentProfile(string Mail, string Name, string? Nick, string StaffNumber);
