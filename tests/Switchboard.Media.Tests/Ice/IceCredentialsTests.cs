using Switchboard.Media.Ice;

namespace Switchboard.Media.Tests.Ice;

public class IceCredentialsTests
{
    [Fact]
    public void Generated_credentials_use_ice_characters_with_enough_entropy_and_differ()
    {
        var seen = new HashSet<string>();
        for (var i = 0; i < 200; i++)
        {
            var credentials = IceCredentials.Generate();
            Assert.Equal(8, credentials.Ufrag.Length);
            Assert.Equal(24, credentials.Password.Length); // RFC 8839 §5.4 asks for at least 22
            Assert.True(IceCredentials.IsIceString(credentials.Ufrag));
            Assert.True(IceCredentials.IsIceString(credentials.Password));
            Assert.True(seen.Add(credentials.Ufrag));
        }
    }

    [Theory]
    [InlineData("abc+/09Z", true)]
    [InlineData("", false)]
    [InlineData("a:b", false)]
    [InlineData("a b", false)]
    public void Ice_strings_are_letters_digits_plus_and_slash(string value, bool expected)
    {
        Assert.Equal(expected, IceCredentials.IsIceString(value));
    }

    [Fact]
    public void The_password_is_not_printed()
    {
        Assert.DoesNotContain("secretsecret", new IceCredentials("uf", "secretsecretsecretsecret").ToString());
    }
}
