namespace Switchboard.Samples.AspNetBackend;

/// <summary>
/// The backend's settings, from the same environment variables as the Node sample, so one shell setup
/// serves either backend.
/// </summary>
internal sealed record BackendSettings(
    string Endpoint, string Protocol, long SdkAppId, string SecretId, string SecretKey,
    string Host, int Port, IReadOnlyList<string> AllowedOrigins, string? DefaultAgent)
{
    /// <summary>Reads the settings, or answers the sentence telling the user what to set.</summary>
    public static (BackendSettings? Settings, string? Problem) FromEnvironment()
    {
        string? Read(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

        var missing = new[] { "SDK_APP_ID", "SECRET_ID", "SECRET_KEY" }.Where(name => Read(name) is null).ToList();
        if (missing.Count > 0)
        {
            return (null, $"Set {string.Join(", ", missing)} (see README.md: the server prints SdkAppId, SecretId and SecretKey on its first start).");
        }
        if (!long.TryParse(Read("SDK_APP_ID"), out var sdkAppId) || sdkAppId <= 0)
        {
            return (null, $"SDK_APP_ID must be the application's number, got \"{Read("SDK_APP_ID")}\".");
        }
        var portText = Read("PORT") ?? "3000";
        if (!int.TryParse(portText, out var port) || port is < 0 or > 65535)
        {
            return (null, $"PORT must be a TCP port number, got \"{portText}\".");
        }
        var origins = (Read("DEMO_ORIGIN") ?? "http://127.0.0.1:8080,http://localhost:8080")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (new BackendSettings(
            Read("SWITCHBOARD_ENDPOINT") ?? "127.0.0.1:5080",
            Read("SWITCHBOARD_PROTOCOL") ?? "http://",
            sdkAppId,
            Read("SECRET_ID")!,
            Read("SECRET_KEY")!,
            Read("HOST") ?? "127.0.0.1",
            port,
            origins,
            Read("AGENT_USER_ID")), null);
    }
}
