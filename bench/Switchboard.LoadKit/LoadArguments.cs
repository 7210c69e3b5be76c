using System.Globalization;

namespace Switchboard.LoadKit;

/// <summary><c>--name value</c> command-line arguments; a missing required one or a stray word is an <see cref="ArgumentException"/>.</summary>
public sealed class LoadArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>Reads <paramref name="args"/> as pairs.</summary>
    public LoadArguments(string[] args)
    {
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"unexpected argument {args[i]}");
            _values[args[i][2..]] = args[i + 1];
        }
    }

    /// <summary>The value of <c>--name</c>.</summary>
    public string Required(string name) => _values.TryGetValue(name, out var v) ? v : throw new ArgumentException($"--{name} is required");

    /// <summary>The integer value of <c>--name</c>, or <paramref name="fallback"/>.</summary>
    public int Number(string name, int fallback) => _values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    /// <summary>The integer value of the required <c>--name</c>.</summary>
    public long RequiredNumber(string name) => long.Parse(Required(name), CultureInfo.InvariantCulture);
}
