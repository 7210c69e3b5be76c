namespace Switchboard.Tenancy;

/// <summary>An admin account as listings show it: everything but the password hash.</summary>
public sealed record AdminAccountSummary(long Id, long OwnerId, string UserName, long CreatedAt);
