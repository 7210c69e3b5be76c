using System.Globalization;

namespace Switchboard.Hosting.Cli;

/// <summary>Writes command output for scripts: one item per line, fields separated by tabs.</summary>
internal static class CliTable
{
    public static void WriteRow(TextWriter output, params ReadOnlySpan<string?> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) output.Write('\t');
            output.Write(Clean(fields[i]));
        }
        output.WriteLine();
    }

    /// <summary>ISO 8601 UTC, sortable and parseable by every scripting language.</summary>
    public static string Time(long unixSeconds) =>
        DateTimeOffset.FromUnixTimeSeconds(unixSeconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    // A tab or line break inside a name would split one item into several fields or lines.
    private static string Clean(string? field) =>
        field is null ? "" : field.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
