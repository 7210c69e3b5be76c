namespace Switchboard.Hosting.Cli;

/// <summary>
/// Separates configuration overrides (<c>--Section:Key value</c>, <c>--Section:Key=value</c>) from the
/// command words, so that every command accepts them anywhere on the line and hands them to the
/// configuration system unchanged.
/// </summary>
internal static class ConfigurationArguments
{
    /// <summary>Splits <paramref name="args"/> into configuration overrides and everything else, each in original order.</summary>
    public static (string[] Configuration, string[] Command) Split(IReadOnlyList<string> args)
    {
        var configuration = new List<string>();
        var command = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (!IsSectionKey(token))
            {
                command.Add(token);
                continue;
            }
            configuration.Add(token);
            if (!token.Contains('=') && i + 1 < args.Count) configuration.Add(args[++i]);
        }
        return ([.. configuration], [.. command]);
    }

    /// <summary>
    /// Null when <paramref name="tokens"/> read as configuration arguments for the server
    /// (<c>--key value</c>, <c>--key=value</c>, <c>/key value</c>, <c>key=value</c>); otherwise the first
    /// token that does not, which is usually a mistyped command.
    /// </summary>
    public static string? FindStray(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var isKey = token.StartsWith("--", StringComparison.Ordinal) || token.StartsWith('/');
            if (isKey && token.TrimStart('-', '/').Length == 0) return token;
            if (isKey && !token.Contains('='))
            {
                if (i + 1 == tokens.Count) return token;
                i++;
                continue;
            }
            if (!isKey && !token.Contains('=')) return token;
        }
        return null;
    }

    private static bool IsSectionKey(string token)
    {
        if (!token.StartsWith("--", StringComparison.Ordinal)) return false;
        var equals = token.IndexOf('=');
        var key = equals < 0 ? token.AsSpan(2) : token.AsSpan(2, equals - 2);
        return key.Length > 2 && key.Contains(':') && key[0] != ':' && key[^1] != ':';
    }
}
