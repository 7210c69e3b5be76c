namespace Switchboard.Staff;

/// <summary>What other features may know of an agent: who they are and how they take calls.</summary>
/// <param name="Mail">The login mail as first written.</param>
/// <param name="MailKey">The lower-cased mail agents are matched by.</param>
/// <param name="StaffNumber">The employee number.</param>
/// <param name="UseMobileAccept">Answer calls on the mobile: 0 never, 1 only while offline, 2 always.</param>
/// <param name="UseMobileCallOut">Whether the agent may place calls from the bound mobile.</param>
public sealed record AgentSummary(string Mail, string MailKey, string StaffNumber, int UseMobileAccept, bool UseMobileCallOut);
