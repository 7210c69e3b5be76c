namespace Switchboard.Tenancy;

/// <summary>
/// A contact-center application, the tenant boundary of every agent, skill group and record.
/// Its <see cref="SdkAppId"/> is the TCCC-style 10-digit id (160xxxxxxx) that API callers send.
/// </summary>
public sealed class Application
{
    public long SdkAppId { get; set; }
    public long OwnerId { get; set; }
    public required string Name { get; set; }
    /// <summary>Unix seconds.</summary>
    public long CreatedAt { get; set; }
}
