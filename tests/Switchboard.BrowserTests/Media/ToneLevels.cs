using Microsoft.Playwright;

namespace Switchboard.BrowserTests.Media;

/// <summary>How strongly a call page hears a wanted and an unwanted frequency (0..1 of the received power).</summary>
/// <param name="Wanted">Relative power at the frequency that should be heard.</param>
/// <param name="Other">Relative power at the frequency that should not.</param>
/// <param name="Diagnostics">The page's call state and packet counts when measured, for failure messages.</param>
public readonly record struct ToneLevels(double Wanted, double Other, string Diagnostics)
{
    /// <inheritdoc />
    public override string ToString() => $"wanted {Wanted:0.000}, other {Other:0.000} ({Diagnostics})";

    /// <summary>
    /// Polls the page's received audio for up to <paramref name="timeout"/> (default 15 s) until
    /// <paramref name="wanted"/> dominates; returns the last measurement either way so the test can report it.
    /// </summary>
    public static async Task<ToneLevels> WaitForToneAsync(IPage page, double wanted, double other, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        ToneLevels last;
        do
        {
            var levels = await page.EvaluateAsync<double[]>("f => toneLevels(f)", new[] { wanted, other });
            last = new ToneLevels(levels[0], levels[1], await page.EvaluateAsync<string>("() => callDiagnostics()"));
            if (last.Wanted > 0.5) return last;
            await Task.Delay(250);
        }
        while (DateTime.UtcNow < deadline);
        return last;
    }
}
