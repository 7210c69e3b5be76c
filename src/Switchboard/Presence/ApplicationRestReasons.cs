namespace Switchboard.Presence;

/// <summary>
/// The rest reasons an application's agents choose from. Applications without a row use
/// <see cref="RestReasonCatalog.Defaults"/>.
/// </summary>
public sealed class ApplicationRestReasons
{
    public long SdkAppId { get; set; }
    /// <summary>In the order the workstation lists them.</summary>
    public List<string> Reasons { get; set; } = [];
    /// <summary>Unix seconds.</summary>
    public long ModifiedAt { get; set; }
}
