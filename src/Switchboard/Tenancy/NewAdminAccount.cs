namespace Switchboard.Tenancy;

/// <summary>A freshly created admin account; <see cref="GeneratedPassword"/> is set when the password was generated and is shown once.</summary>
public sealed record NewAdminAccount(long Id, long OwnerId, string UserName, string? GeneratedPassword)
{
    /// <summary>Leaves the password out, so that logging the record cannot leak it.</summary>
    public override string ToString() => $"NewAdminAccount {{ Id = {Id}, OwnerId = {OwnerId}, UserName = {UserName} }}";
}
