using System.Text;

namespace Switchboard.Tests.Fuzzing;

/// <summary>
/// Runs a property over inputs drawn from a seeded <see cref="Random"/>. The same seed always yields the same
/// inputs, so a failure names its seed and input number and replays exactly; nothing here depends on time.
/// </summary>
internal static class FuzzRun
{
    /// <summary>Checks <paramref name="property"/> on <paramref name="count"/> inputs, stopping at the first failure.</summary>
    public static void Check<T>(int seed, int count, Func<Random, T> generate, Action<T> property,
        Func<T, string>? describe = null)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            T input = generate(random);
            try
            {
                property(input);
            }
            catch (Exception e)
            {
                string shown = describe?.Invoke(input) ?? (input is string text ? Show(text) : input?.ToString() ?? "null");
                Assert.Fail($"Property failed for seed {seed}, input {i}: {shown}{Environment.NewLine}{e}");
            }
        }
    }

    /// <summary>Quotes text with control, separator and surrogate characters escaped, shortened to stay readable.</summary>
    public static string Show(string? text, int limit = 400)
    {
        if (text is null)
        {
            return "null";
        }
        var shown = new StringBuilder("\"");
        foreach (char c in text.Length > limit ? text[..limit] : text)
        {
            if (c is >= ' ' and <= '~' && c != '"' && c != '\\')
            {
                shown.Append(c);
            }
            else
            {
                shown.Append($"\\u{(int)c:x4}");
            }
        }
        shown.Append('"');
        if (text.Length > limit)
        {
            shown.Append($"… ({text.Length} chars)");
        }
        return shown.ToString();
    }
}
