namespace Switchboard.Tenancy;

/// <summary>A customer of this Switchboard installation: owns applications, API keys and admin accounts.</summary>
public sealed class Owner
{
    public long Id { get; set; }
    public required string Name { get; set; }
    /// <summary>Unix seconds.</summary>
    public long CreatedAt { get; set; }
}
