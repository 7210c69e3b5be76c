namespace Switchboard.Tenancy;

/// <summary>Settings of the first-start bootstrap.</summary>
public sealed class FirstStartOptions
{
    /// <summary>
    /// Where the one-time credentials block is written; the process console when null. It is never
    /// sent to a logger, so log shipping does not copy the SecretKey anywhere.
    /// </summary>
    public TextWriter? Output { get; set; }
}
