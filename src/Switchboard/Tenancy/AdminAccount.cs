namespace Switchboard.Tenancy;

/// <summary>A person who administers an owner's applications (console login, admin URL).</summary>
public sealed class AdminAccount
{
    public long Id { get; set; }
    public long OwnerId { get; set; }
    /// <summary>Login name, an e-mail address, unique across the installation (stored lower case).</summary>
    public required string UserName { get; set; }
    /// <summary>PBKDF2 hash in the format produced by <c>Switchboard.Tenancy.PasswordHashing</c>.</summary>
    public required string PasswordHash { get; set; }
    /// <summary>Unix seconds.</summary>
    public long CreatedAt { get; set; }
}
