using System.Buffers.Text;
using Switchboard.Sdk;

namespace Switchboard.Tests.Sdk;

public sealed class SdkLoginTokenFormatTests
{
    [Fact]
    public void Tokens_are_32_random_bytes_in_base64url()
    {
        var token = SdkLoginTokenFormat.Create();
        Assert.Equal(43, token.Length);
        Assert.All(token, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_', $"unexpected '{c}'"));
        Assert.Equal(32, Base64Url.DecodeFromChars(token).Length);
        Assert.True(SdkLoginTokenFormat.IsWellFormed(token));
    }

    [Fact]
    public void Tokens_do_not_repeat()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => SdkLoginTokenFormat.Create()).ToHashSet();
        Assert.Equal(1000, tokens.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]   // 42 characters
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // 44 characters
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+")]  // standard base64 character
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA A")]  // whitespace inside
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]  // padding
    public void Anything_else_is_not_a_token(string? text) => Assert.False(SdkLoginTokenFormat.IsWellFormed(text));

    [Fact]
    public void Stored_hash_is_lower_case_hex_sha256_of_the_token_text()
    {
        // SHA-256("abc"), FIPS 180-2 appendix B.1
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SdkLoginTokenFormat.HashOf("abc"));
        var token = SdkLoginTokenFormat.Create();
        Assert.Equal(SdkLoginTokenFormat.HashOf(token), SdkLoginTokenFormat.HashOf(token));
        Assert.NotEqual(SdkLoginTokenFormat.HashOf(token), SdkLoginTokenFormat.HashOf(SdkLoginTokenFormat.Create()));
    }

    [Fact]
    public void Long_inputs_hash_too() =>
        Assert.Equal(64, SdkLoginTokenFormat.HashOf(new string('é', 1000)).Length);
}
