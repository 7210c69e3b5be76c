using System.Text;
using Switchboard.CloudApi.Parameters;

namespace Switchboard.Tests.Fuzzing;

/// <summary>
/// Flattened parameter lists for an action: dotted paths that mostly follow the schema (so binding often gets
/// deep) and stray from it in every way a key can: unknown or case-changed names, bad or huge indices, empty
/// segments, a scalar used as a container, a container sent as a scalar, repeats and gaps.
/// </summary>
internal static class FlatParameterInputs
{
    public static List<KeyValuePair<string, string>> Generate(Random random, ParameterSchema schema)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        int count = random.Next(10) == 0 ? random.Next(20, 200) : random.Next(1, 12);
        for (int i = 0; i < count; i++)
        {
            pairs.Add(random.Next(8) == 0 && pairs.Count > 0
                ? Repeat(random, pairs)
                : Pair(random, schema));
        }
        return pairs;
    }

    /// <summary>The same key again, with its value or another one, or with its index moved.</summary>
    private static KeyValuePair<string, string> Repeat(Random random, List<KeyValuePair<string, string>> pairs)
    {
        var (key, value) = FuzzText.Pick(random, pairs);
        return random.Next(3) switch
        {
            0 => new(key, value),
            1 => new(key, ParameterValues.Text(random)),
            _ => new(string.Join('.', key.Split('.').Select(s => IsIndex(s) ? ParameterValues.Index(random) : s)), value),
        };
    }

    private static bool IsIndex(string segment) => segment.Length > 0 && segment.All(char.IsAsciiDigit);

    private static KeyValuePair<string, string> Pair(Random random, ParameterSchema schema)
    {
        var key = new StringBuilder();
        ParameterSchema? current = schema;
        ParameterKind kind = ParameterKind.String;
        while (current is not null)
        {
            if (key.Length > 0)
            {
                key.Append('.');
            }
            if (random.Next(12) == 0 || current.Fields.Count == 0)
            {
                key.Append(ParameterValues.OddName(random, current));
                break;
            }
            var field = FuzzText.Pick(random, current.Fields.Values.ToArray());
            key.Append(field.Name);
            current = null;
            kind = field.Kind;
            if (field.Kind == ParameterKind.Array && random.Next(10) > 0)
            {
                key.Append('.').Append(ParameterValues.Index(random));
                kind = field.Element!.Kind;
                current = field.Element.Object;
            }
            else if (field.Kind == ParameterKind.Object && random.Next(10) > 0)
            {
                current = field.Object;
            }
        }
        if (random.Next(15) == 0)
        {
            // A segment too many, an empty one, or a stray dot at either end.
            key.Append(FuzzText.Pick(random, [".0", ".Name", ".", ".."]));
            if (random.Next(2) == 0)
            {
                key.Insert(0, '.');
            }
        }
        string value = random.Next(5) == 0 ? ParameterValues.Text(random) : ParameterValues.For(random, kind);
        return new(key.ToString(), value);
    }
}
