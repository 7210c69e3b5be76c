using System.Text.RegularExpressions;
using Switchboard.Tenancy;

namespace Switchboard.Tests.Tenancy;

public sealed class CredentialGeneratorTests
{
    private const int Samples = 2_000;

    [Fact]
    public void SdkAppIds_are_ten_digit_numbers_starting_with_160()
    {
        for (var i = 0; i < Samples; i++)
        {
            var id = CredentialGenerator.NewSdkAppId().ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Matches("^160[0-9]{7}$", id);
        }
    }

    [Fact]
    public void SdkAppIds_spread_over_the_whole_range()
    {
        var ids = Enumerable.Range(0, Samples).Select(_ => CredentialGenerator.NewSdkAppId()).ToHashSet();
        // 2,000 draws from ten million values repeat once in five runs (birthday bound, about 0.2 expected
        // repeats), so allow a few; a broken generator repeats far more often than that.
        Assert.True(ids.Count >= Samples - 5, $"{Samples - ids.Count} repeated SdkAppIds in {Samples} draws");
        Assert.Contains(ids, id => id < 1_605_000_000);
        Assert.Contains(ids, id => id >= 1_605_000_000);
    }

    public static TheoryData<string, Func<string>> Secrets => new()
    {
        { "^AKID[A-Za-z0-9]{32}$", CredentialGenerator.NewSecretId },
        { "^[A-Za-z0-9]{32}$", CredentialGenerator.NewSecretKey },
        { "^[A-Za-z0-9]{20}$", CredentialGenerator.NewPassword },
    };

    [Theory]
    [MemberData(nameof(Secrets))]
    public void Secrets_have_the_documented_shape_and_never_repeat(string pattern, Func<string> generate)
    {
        var values = Enumerable.Range(0, Samples).Select(_ => generate()).ToList();
        Assert.All(values, v => Assert.Matches(new Regex(pattern), v));
        Assert.Equal(Samples, values.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Secrets_use_upper_case_lower_case_and_digits()
    {
        var all = string.Concat(Enumerable.Range(0, 200).Select(_ => CredentialGenerator.NewSecretKey()));
        Assert.Contains(all, char.IsAsciiLetterUpper);
        Assert.Contains(all, char.IsAsciiLetterLower);
        Assert.Contains(all, char.IsAsciiDigit);
    }
}
