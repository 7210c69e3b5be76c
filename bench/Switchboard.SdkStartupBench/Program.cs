// Measures, in headless Chromium on loopback, the time from inserting the SdkURL <script> into a page on
// another origin until `ready` (script download + login + WebSocket connection + first state), against a
// plain cross-origin script load measured in the same run; then the SDK bundle's size raw, gzip and brotli.
//
//   dotnet run -c Release --project bench/Switchboard.SdkStartupBench [-- RUNS]     (default 30 runs)
using System.Globalization;
using System.IO.Compression;
using Switchboard.BrowserTests.Infrastructure;
using Switchboard.Sdk.Script;
using Switchboard.SdkStartupBench;

var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
const int warmUp = 3;

await using var server = await BenchServer.StartAsync();
await using var pages = await PageHost.StartAsync();
var (playwright, browser) = await ChromiumLauncher.LaunchAsync();
try
{
    var pageUrl = pages.Publish(new BusinessPage().Html()).ToString();
    // The plain script comes from a third origin, so, like the SDK script, it is a cross-origin fetch.
    await using var scriptHost = await PageHost.StartAsync();
    var plainScript = scriptHost.PublishScript("window.plainLoaded = true;").ToString();

    var ready = new List<double>();
    var plain = new List<double>();
    var blank = new List<double>();
    var scriptLoaded = new List<double>();
    var loggedIn = new List<double>();
    for (var run = 0; run < warmUp + runs; run++)
    {
        var sdkUrl = await server.SdkUrlAsync();
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await page.GotoAsync(pageUrl);
        var blankMs = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        var plainMs = await page.EvaluateAsync<double>("""
            src => new Promise((resolve, reject) => {
              const script = document.createElement('script');
              script.crossOrigin = 'anonymous';
              const t0 = performance.now();
              script.onload = () => resolve(performance.now() - t0);
              script.onerror = () => reject(new Error('the plain script did not load'));
              script.src = src;
              document.body.appendChild(script);
            })
            """, plainScript);
        await page.EvaluateAsync("src => injectTccc(src)", sdkUrl);
        await page.WaitForFunctionAsync("() => sdkEvents.some(e => e.name === 'ready' || e.name === 'tokenExpired')",
            null, new() { PollingInterval = 5, Timeout = 15_000 });
        // Where the time goes: the script's and the login's responses (Resource Timing), then `ready`.
        var phases = await page.EvaluateAsync<double[]>("""
            () => {
              const e = sdkEvents.find(e => e.name === 'ready');
              if (!e) throw new Error('tokenExpired: ' + JSON.stringify(sdkEvents));
              const end = part => performance.getEntriesByType('resource').filter(r => r.name.includes(part)).pop().responseEnd - sdkInsertedAt;
              return [e.at - sdkInsertedAt, end('/sdk/tccc.js'), end('/sdk/login')];
            }
            """);
        var readyMs = phases[0];
        if (run < warmUp) continue;
        ready.Add(readyMs);
        scriptLoaded.Add(phases[1]);
        loggedIn.Add(phases[2]);
        plain.Add(plainMs);
        blank.Add(blankMs);
    }

    Console.WriteLine($"Chromium {browser.Version}, {runs} runs after {warmUp} warm-up runs, fresh browser context per run");
    Console.WriteLine();
    Console.WriteLine("| measurement | median ms | p90 ms | min ms |");
    Console.WriteLine("|---|---:|---:|---:|");
    Row("SdkURL script inserted → `ready`", ready);
    Row("  of which: → SDK script received", scriptLoaded);
    Row("  of which: → /sdk/login answered", loggedIn);
    Row("plain cross-origin script inserted → `load` (baseline)", plain);
    Row("blank page navigation (page.goto, for scale)", blank);
    Console.WriteLine();
    Console.WriteLine($"ratio ready / plain script (medians): {Median(ready) / Median(plain):F1}x");
    Console.WriteLine();

    var bundle = SdkBundle();
    Console.WriteLine("| SDK bundle (tccc.js) | bytes |");
    Console.WriteLine("|---|---:|");
    Console.WriteLine($"| raw (minified) | {bundle.Length:N0} |");
    Console.WriteLine($"| gzip (smallest) | {Compressed(bundle, s => new GZipStream(s, CompressionLevel.SmallestSize, leaveOpen: true)):N0} |");
    Console.WriteLine($"| brotli (smallest) | {Compressed(bundle, s => new BrotliStream(s, CompressionLevel.SmallestSize, leaveOpen: true)):N0} |");
}
catch (Exception error)
{
    Console.Error.WriteLine($"benchmark failed: {error}");
    Environment.ExitCode = 1;
}
finally
{
    await browser.DisposeAsync();
    playwright.Dispose();
}

static double Median(List<double> values) => Percentile(values, 0.5);

static double Percentile(List<double> values, double p)
{
    var sorted = values.Order().ToArray();
    var rank = p * (sorted.Length - 1);
    var low = (int)Math.Floor(rank);
    var high = (int)Math.Ceiling(rank);
    return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

static void Row(string name, List<double> values) =>
    Console.WriteLine($"| {name} | {Median(values):F1} | {Percentile(values, 0.9):F1} | {values.Min():F1} |");

static byte[] SdkBundle()
{
    using var stream = typeof(SdkScriptLibrary).Assembly.GetManifestResourceStream(SdkScriptLibrary.ScriptResource)
        ?? throw new InvalidOperationException("The SDK bundle is not embedded: build with Node.js and npm available.");
    using var copy = new MemoryStream();
    stream.CopyTo(copy);
    return copy.ToArray();
}

static long Compressed(byte[] data, Func<Stream, Stream> compressor)
{
    using var output = new MemoryStream();
    using (var compressing = compressor(output)) compressing.Write(data);
    return output.Length;
}
