using Switchboard.Client.Signing;
using Switchboard.CloudApi.Signatures;

namespace Switchboard.Tests.Fuzzing;

/// <summary>
/// Tc3Authorization.TryParse against random text and against well-formed headers broken by blind and
/// structural edits. Whatever it accepts must be self-consistent: the parts lie inside the header, obey the
/// documented shape, and formatting them again gives a header that parses to the very same parts.
/// </summary>
public sealed class Tc3AuthorizationFuzzTests
{
    private const int InputsPerSeed = 5_000;
    private const string Hex = "0123456789abcdefABCDEF";
    private static readonly string[] Whitespace = ["", "", " ", "  ", "\t", " \t"];
    private static readonly string[] Services = ["ccc", "127", "localhost:5000", "localhost:5000/tccc", "a/b/c", "tc3_request"];
    private static readonly string[] ExtraHeaders = ["x-tc-action", "X-TC-Region", "x-tc-timestamp", "", "host"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_text_never_throws(int seed)
    {
        int accepted = 0;
        FuzzRun.Check(seed, InputsPerSeed,
            random => random.Next(3) == 0 ? FuzzText.Any(random, 300) : Tc3Signature.Algorithm + " " + FuzzText.Any(random, 300),
            header => accepted += CheckParse(header) ? 1 : 0);
        // Random text has no business parsing; if it did, CheckParse has vouched for what came out.
        Assert.True(accepted < InputsPerSeed / 100, $"{accepted} random texts parsed");
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void Edited_headers_never_throw_and_whatever_parses_formats_back_to_the_same_parts(int seed)
    {
        int accepted = 0;
        FuzzRun.Check(seed, InputsPerSeed, EditedHeader, header => accepted += CheckParse(header) ? 1 : 0);
        // Both branches must really be exercised, or the property says nothing.
        Assert.InRange(accepted, InputsPerSeed / 5, InputsPerSeed * 4 / 5);
    }

    [Fact]
    public void Absent_header_is_refused()
        => Assert.False(Tc3Authorization.TryParse(null, out _));

    /// <summary>Parses and, when accepted, checks everything the parsed value promises; answers whether it parsed.</summary>
    private static bool CheckParse(string header)
    {
        if (!Tc3Authorization.TryParse(header, out var parsed))
        {
            return false;
        }
        AssertInside(header, parsed.SecretId);
        AssertInside(header, parsed.Date);
        AssertInside(header, parsed.Service);
        AssertInside(header, parsed.SignedHeaders);
        AssertInside(header, parsed.Signature);
        Assert.False(parsed.SecretId.Contains('/'), "SecretId with a slash");
        Assert.False(parsed.Date.Contains('/'), "date with a slash");
        Assert.Equal(Tc3Signature.HexLength, parsed.Signature.Length);
        Assert.False(parsed.Signature.ContainsAnyExcept(Hex));
        var names = parsed.SignedHeaders.ToString().Split(';');
        Assert.True(names.Any(name => name.Equals("host", StringComparison.OrdinalIgnoreCase)), "host not signed");
        Assert.True(names.Any(name => name.Equals("content-type", StringComparison.OrdinalIgnoreCase)), "content-type not signed");

        string formatted = Tc3Signature.FormatAuthorization(parsed.SecretId.ToString(), parsed.Date.ToString(),
            parsed.Service.ToString(), parsed.SignedHeaders.ToString(), parsed.Signature.ToString());
        Assert.True(Tc3Authorization.TryParse(formatted, out var again), $"formatted again: {FuzzRun.Show(formatted)}");
        Assert.Equal(parsed.SecretId.ToString(), again.SecretId.ToString());
        Assert.Equal(parsed.Date.ToString(), again.Date.ToString());
        Assert.Equal(parsed.Service.ToString(), again.Service.ToString());
        Assert.Equal(parsed.SignedHeaders.ToString(), again.SignedHeaders.ToString());
        Assert.Equal(parsed.Signature.ToString(), again.Signature.ToString());
        return true;
    }

    private static void AssertInside(string header, ReadOnlySpan<char> part)
    {
        Assert.False(part.IsEmpty);
        Assert.True(header.AsSpan().Overlaps(part, out int offset), "part is not a slice of the header");
        Assert.InRange(offset, 0, header.Length - part.Length);
    }

    /// <summary>A header built from the grammar with random spacing and order, then damaged about half the time.</summary>
    private static string EditedHeader(Random random)
    {
        string scope = $"{SecretId(random)}/{Date(random)}/{FuzzText.Pick(random, Services)}/{Tc3Signature.ScopeTerminator}";
        var parts = new List<string>
        {
            $"Credential{Space(random)}={Space(random)}{scope}",
            $"SignedHeaders{Space(random)}={Space(random)}{SignedHeaders(random)}",
            $"Signature{Space(random)}={Space(random)}{FuzzText.From(random, Hex, Tc3Signature.HexLength, Tc3Signature.HexLength)}",
        };
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(parts));
        if (random.Next(4) == 0)
        {
            EditParts(random, parts);
        }
        string header = Space(random) + Tc3Signature.Algorithm + FuzzText.Pick(random, [" ", "\t", "  "])
            + string.Join(",", parts.Select(part => Space(random) + part + Space(random)));
        // Half stay whole, the rest get one or two blind edits.
        for (int edits = random.Next(2) == 0 ? 0 : random.Next(1, 3); edits > 0; edits--)
        {
            header = FuzzText.Mutate(random, header);
        }
        return header;
    }

    /// <summary>Damage a blind edit seldom produces: a part dropped, repeated, unknown, empty or renamed.</summary>
    private static void EditParts(Random random, List<string> parts)
    {
        int at = random.Next(parts.Count);
        switch (random.Next(5))
        {
            case 0:
                parts.RemoveAt(at);
                break;
            case 1:
                parts.Insert(random.Next(parts.Count + 1), parts[at]);
                break;
            case 2:
                parts.Insert(random.Next(parts.Count + 1), "Region=ap-guangzhou");
                break;
            case 3:
                parts.Insert(random.Next(parts.Count + 1), FuzzText.Pick(random, ["", " ", "=", "Signature=", "Credential"]));
                break;
            default:
                parts[at] = parts[at].ToLowerInvariant();
                break;
        }
    }

    private static string Space(Random random) => FuzzText.Pick(random, Whitespace);

    /// <summary>Usually an AKID, sometimes with spaces, punctuation or non-ASCII letters (never / or ,).</summary>
    private static string SecretId(Random random) => random.Next(4) == 0
        ? FuzzText.From(random, FuzzText.Letters + " =;:\u00e9\u4e2d", 1, 12).Trim().PadLeft(1, 'A')
        : "AKID" + FuzzText.From(random, FuzzText.Letters, 0, 32);

    private static string Date(Random random) => random.Next(4) == 0
        ? FuzzText.From(random, FuzzText.Letters + "-: ", 1, 12).Trim().PadLeft(1, '2')
        : DateTimeOffset.FromUnixTimeSeconds(random.NextInt64(0, 4_000_000_000)).ToString("yyyy-MM-dd");

    private static string SignedHeaders(Random random)
    {
        var names = new List<string> { "content-type", "host" };
        for (int extra = random.Next(3); extra > 0; extra--)
        {
            names.Add(FuzzText.Pick(random, ExtraHeaders));
        }
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(names));
        return string.Join(';', names.Select(name => random.Next(4) == 0 ? name.ToUpperInvariant() : name));
    }
}
