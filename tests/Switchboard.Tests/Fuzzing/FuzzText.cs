using System.Text;

namespace Switchboard.Tests.Fuzzing;

/// <summary>
/// Random text and edits for the parsers' inputs. Characters are drawn by class, weighted towards the ones
/// the parsers give meaning to (separators, whitespace) and the ones that break careless code (controls,
/// non-ASCII whitespace, lone surrogates).
/// </summary>
internal static class FuzzText
{
    public const string Printable = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
    public const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    public const string Separators = " \t,;=/:.&?%+[]-_";
    public const string Controls = "\0\a\b\r\n\v\f\u001b\u001f\u007f";

    /// <summary>Non-ASCII characters: whitespace .NET trims (NBSP, NEL, LINE SEPARATOR), invisible ones, letters.</summary>
    public const string Unicode = "\u00a0\u0085\u2028\u2029\u3000\u200b\ufeff\u00e9\u00df\u0130\u4e2d\u6587\u0661\uff10\ufffd\uffff";

    /// <summary>Two whole surrogate pairs (emoji) and both lone halves.</summary>
    private static readonly string[] Surrogates = ["\ud83d\ude00", "\ud834\udd1e", "\ud800", "\udfff"];

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static char Pick(Random random, string alphabet) => alphabet[random.Next(alphabet.Length)];

    /// <summary>Any text, lone surrogates included: what a parser must survive, not what the wire delivers.</summary>
    public static string Any(Random random, int maxLength)
    {
        var text = new StringBuilder();
        int length = random.Next(maxLength + 1);
        while (text.Length < length)
        {
            AppendOne(random, text, allowLoneSurrogates: true);
        }
        return text.ToString();
    }

    /// <summary>Well-formed UTF-16 (what decoding UTF-8 from the wire can produce), with every other class.</summary>
    public static string Valid(Random random, int maxLength)
    {
        var text = new StringBuilder();
        int length = random.Next(maxLength + 1);
        while (text.Length < length)
        {
            AppendOne(random, text, allowLoneSurrogates: false);
        }
        return text.ToString();
    }

    /// <summary>Text from one alphabet, at least <paramref name="minLength"/> long.</summary>
    public static string From(Random random, string alphabet, int minLength, int maxLength)
    {
        var text = new char[random.Next(minLength, maxLength + 1)];
        for (int i = 0; i < text.Length; i++)
        {
            text[i] = Pick(random, alphabet);
        }
        return new string(text);
    }

    /// <summary>
    /// One blind edit of the kinds a fuzzer makes: a character replaced, inserted or removed, a cut, a slice
    /// duplicated or repeated into a huge string, two characters swapped, case flipped. May split a surrogate pair.
    /// </summary>
    public static string Mutate(Random random, string text)
    {
        if (text.Length == 0)
        {
            return Any(random, 4);
        }
        int at = random.Next(text.Length);
        int elsewhere = random.Next(text.Length + 1);
        return random.Next(9) switch
        {
            0 => string.Concat(text.AsSpan(0, at), Any(random, 2), text.AsSpan(at + 1)),
            1 => text.Insert(elsewhere, Any(random, 3)),
            2 => text.Remove(at, 1),
            3 => text[..at],
            4 => text.Insert(elsewhere, text.Substring(at, random.Next(text.Length - at + 1))),
            // Far past the stack buffers and the 32 KB query limit, yet cheap enough to run hundreds of times.
            5 => text.Insert(elsewhere, string.Concat(Enumerable.Repeat(text.Substring(at, Math.Min(8, text.Length - at)), random.Next(200, 5_000)))),
            6 => Swap(text, at, random.Next(text.Length)),
            7 => random.Next(2) == 0 ? text.ToUpperInvariant() : text.ToLowerInvariant(),
            _ => text.Insert(elsewhere, Pick(random, Separators).ToString()),
        };
    }

    /// <summary>
    /// One edit that certainly changes <paramref name="text"/>: a character of <paramref name="alphabet"/>
    /// replaces, joins or a character is removed. Never touches the halves of a surrogate pair.
    /// </summary>
    public static string Edit(Random random, string text, string alphabet)
    {
        while (true)
        {
            int at = random.Next(text.Length + 1);
            bool inPair = at > 0 && at < text.Length && char.IsLowSurrogate(text[at]);
            if (inPair)
            {
                continue;
            }
            string edited = random.Next(3) switch
            {
                0 when at < text.Length && !char.IsSurrogate(text[at]) => text.Remove(at, 1).Insert(at, Pick(random, alphabet).ToString()),
                1 when at < text.Length && !char.IsSurrogate(text[at]) => text.Remove(at, 1),
                _ => text.Insert(at, Pick(random, alphabet).ToString()),
            };
            if (edited != text)
            {
                return edited;
            }
        }
    }

    private static string Swap(string text, int a, int b)
    {
        char[] chars = text.ToCharArray();
        (chars[a], chars[b]) = (chars[b], chars[a]);
        return new string(chars);
    }

    private static void AppendOne(Random random, StringBuilder text, bool allowLoneSurrogates)
    {
        int roll = random.Next(100);
        if (roll < 45)
        {
            text.Append(Pick(random, Printable));
        }
        else if (roll < 65)
        {
            text.Append(Pick(random, Separators));
        }
        else if (roll < 75)
        {
            text.Append(Pick(random, Controls));
        }
        else if (roll < 90)
        {
            text.Append(Pick(random, Unicode));
        }
        else
        {
            string surrogate = Surrogates[random.Next(allowLoneSurrogates ? Surrogates.Length : 2)];
            text.Append(surrogate);
        }
    }
}
