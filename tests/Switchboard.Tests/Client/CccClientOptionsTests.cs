using Switchboard.Client;

namespace Switchboard.Tests.Client;

public sealed class CccClientOptionsTests
{
    public static TheoryData<string, CccClientOptions> Invalid => new()
    {
        { "endpoint with a scheme", new CccClientOptions { Endpoint = "http://127.0.0.1:5000" } },
        { "empty endpoint", new CccClientOptions { Endpoint = " " } },
        { "endpoint with a query", new CccClientOptions { Endpoint = "127.0.0.1:5000/?x=1" } },
        { "protocol without ://", new CccClientOptions { Protocol = "http" } },
        { "unknown protocol", new CccClientOptions { Protocol = "ftp://" } },
        { "unsupported language", new CccClientOptions { Language = "fr-FR" } },
        { "PUT", new CccClientOptions { RequestMethod = HttpMethod.Put } },
        { "zero timeout", new CccClientOptions { Timeout = TimeSpan.Zero } },
        { "empty service", new CccClientOptions { Service = "" } },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_options_are_refused_when_the_client_is_built(string problem, CccClientOptions options)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => new CccClient(new CccCredential("AKID1", "key-1"), options));
        Assert.False(string.IsNullOrEmpty(error.Message), problem);
    }

    [Fact]
    public void Credential_never_shows_its_secret_key()
        => Assert.DoesNotContain("super-secret", new CccCredential("AKID1", "super-secret").ToString());

    [Theory]
    [InlineData("", "key")]
    [InlineData("AKID1", "")]
    public void Credential_needs_both_halves(string secretId, string secretKey)
        => Assert.ThrowsAny<ArgumentException>(() => new CccCredential(secretId, secretKey));
}
