namespace Switchboard.CloudApi;

/// <summary>Settings of the cloud API endpoint (configuration section <c>CloudApi</c>).</summary>
public sealed class CloudApiOptions
{
    /// <summary>Largest TC3 JSON body accepted (Tencent's limit: 10 MB).</summary>
    public int MaxJsonBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Largest v1 form body accepted (Tencent's limit: 1 MB).</summary>
    public int MaxFormBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest GET query string accepted (Tencent's limit: 32 KB).</summary>
    public int MaxQueryBytes { get; set; } = 32 * 1024;

    /// <summary>Allowed distance between the request timestamp and the server clock.</summary>
    public int MaxClockSkewSeconds { get; set; } = 300;

    /// <summary>Requests per second one API key may make on average; 0 turns rate limiting off.</summary>
    public int RequestsPerSecondPerKey { get; set; } = 500;

    /// <summary>Requests one API key may make in a burst above the average.</summary>
    public int BurstPerKey { get; set; } = 1000;
}
