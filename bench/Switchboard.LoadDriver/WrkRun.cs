using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Switchboard.LoadDriver;

/// <summary>One wrk run against one URL with a request replayed from a Lua script.</summary>
internal static partial class WrkRun
{
    public static string WriteScript(string path, HttpRequestMessage request, byte[] body)
    {
        var lua = new StringBuilder();
        lua.AppendLine($"wrk.method = \"{request.Method.Method}\"");
        lua.AppendLine($"wrk.body = \"{LuaEscape(Encoding.UTF8.GetString(body))}\"");
        foreach (var header in request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>()))
        {
            if (header.Key is "Host" or "Content-Length") continue;
            lua.AppendLine($"wrk.headers[\"{header.Key}\"] = \"{LuaEscape(string.Join(", ", header.Value))}\"");
        }
        File.WriteAllText(path, lua.ToString());
        return path;
    }

    /// <summary>Runs wrk and answers requests per second (throws when wrk reports errors or non-2xx answers).</summary>
    public static double Measure(string url, string script, int seconds, int connections)
    {
        var start = new ProcessStartInfo("wrk",
            ["-t1", $"-c{connections}", $"-d{seconds}s", "-s", script, url])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start");
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (NonSuccess().IsMatch(output) || SocketErrors().IsMatch(output))
            throw new InvalidOperationException($"wrk saw failures against {url}:\n{output}");
        var match = RequestsPerSecond().Match(output);
        if (!match.Success) throw new InvalidOperationException($"no Requests/sec in wrk output:\n{output}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static string LuaEscape(string text) =>
        text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r");

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"Socket errors:")]
    private static partial Regex SocketErrors();
}
