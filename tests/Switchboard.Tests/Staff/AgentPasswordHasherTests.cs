using Switchboard.Staff;

namespace Switchboard.Tests.Staff;

public sealed class AgentPasswordHasherTests
{
    [Fact]
    public void The_password_verifies_against_its_hash_and_a_different_one_does_not()
    {
        var stored = AgentPasswordHasher.Hash("correct horse 42");
        Assert.True(AgentPasswordHasher.Verify("correct horse 42", stored));
        Assert.False(AgentPasswordHasher.Verify("correct horse 43", stored));
    }

    [Fact]
    public void The_hash_is_salted_and_never_contains_the_password()
    {
        var first = AgentPasswordHasher.Hash("S3cret-password");
        var second = AgentPasswordHasher.Hash("S3cret-password");
        Assert.NotEqual(first, second);
        Assert.DoesNotContain("S3cret-password", first);
        Assert.StartsWith("pbkdf2-sha256$600000$", first);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("plain-text-password")]
    [InlineData("pbkdf2-sha256$abc$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$0$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$1000$not base64!$AAAA")]
    [InlineData("md5$1000$AAAA$AAAA")]
    public void Malformed_stored_hashes_never_verify(string? stored) => Assert.False(AgentPasswordHasher.Verify("anything", stored));
}
