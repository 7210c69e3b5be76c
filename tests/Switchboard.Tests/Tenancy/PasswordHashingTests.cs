using Switchboard.Tenancy;

namespace Switchboard.Tests.Tenancy;

public sealed class PasswordHashingTests
{
    // Few iterations keep the suite fast; the iteration count travels inside the hash anyway.
    private const int FastIterations = 1_000;

    [Fact]
    public void The_right_password_verifies_and_a_wrong_one_does_not()
    {
        var hash = PasswordHashing.Hash("correct horse battery staple", FastIterations);

        Assert.True(PasswordHashing.Verify("correct horse battery staple", hash));
        Assert.False(PasswordHashing.Verify("correct horse battery stapl", hash));
        Assert.False(PasswordHashing.Verify("Correct horse battery staple", hash));
        Assert.False(PasswordHashing.Verify("", hash));
    }

    [Fact]
    public void New_hashes_use_the_default_cost_and_name_their_scheme()
    {
        var hash = PasswordHashing.Hash("s3cret-password");

        var parts = hash.Split('$');
        Assert.Equal("pbkdf2-sha256", parts[0]);
        Assert.Equal(PasswordHashing.DefaultIterations.ToString(System.Globalization.CultureInfo.InvariantCulture), parts[1]);
        Assert.True(PasswordHashing.DefaultIterations >= 100_000);
        Assert.Equal(16, Convert.FromBase64String(parts[2]).Length);
        Assert.Equal(32, Convert.FromBase64String(parts[3]).Length);
        Assert.True(PasswordHashing.Verify("s3cret-password", hash));
    }

    [Fact]
    public void The_same_password_hashes_differently_each_time()
    {
        var first = PasswordHashing.Hash("same password", FastIterations);
        var second = PasswordHashing.Hash("same password", FastIterations);

        Assert.NotEqual(first, second);
        Assert.True(PasswordHashing.Verify("same password", first));
        Assert.True(PasswordHashing.Verify("same password", second));
    }

    [Fact]
    public void A_hash_made_with_another_cost_still_verifies()
    {
        var older = PasswordHashing.Hash("kept across upgrades", 2_000);

        Assert.True(PasswordHashing.Verify("kept across upgrades", older));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a hash")]
    [InlineData("pbkdf2-sha256$1000$c2FsdA==")]
    [InlineData("pbkdf2-sha1$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$-5$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$999999999$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$1000$!!!notbase64!!!$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$1000$AAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA")]
    public void Malformed_stored_hashes_never_verify(string storedHash)
    {
        Assert.False(PasswordHashing.Verify("any password", storedHash));
    }
}
