using Microsoft.Playwright;

namespace Switchboard.BrowserTests.Infrastructure;

/// <summary>
/// Starts the machine's Chromium (the Debian <c>chromium</c> package) through Playwright, headless, with the
/// flags that work on a loopback-only machine. <c>SWITCHBOARD_CHROMIUM</c> names another binary.
/// </summary>
public static class ChromiumLauncher
{
    /// <summary>Environment variable naming the Chromium binary to use instead of the Debian one.</summary>
    public const string ExecutableVariable = "SWITCHBOARD_CHROMIUM";

    private static readonly string[] Candidates = ["/usr/lib/chromium/chromium", "/usr/bin/chromium"];

    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
        "--allow-loopback-in-peer-connection",
    ];

    public static string ExecutablePath()
    {
        var configured = Environment.GetEnvironmentVariable(ExecutableVariable);
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        return Candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"Chromium was not found ({string.Join(", ", Candidates)}): install the Debian package 'chromium' " +
                $"(scripts/test does) or set {ExecutableVariable}.");
    }

    /// <summary>Starts Chromium with the loopback flags plus <paramref name="extraFlags"/> (e.g. a fake microphone file).</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync(params string[] extraFlags)
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath(),
                Headless = true,
                Args = [.. Flags, .. extraFlags],
            });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
