using System.Buffers.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Switchboard.Presence;
using Switchboard.Sdk;
using Switchboard.Sdk.Login;

namespace Switchboard.Tests.Sdk;

public sealed class SdkSessionCredentialsTests
{
    private static readonly AgentKey Ann = new(1600000001, "ann@example.com");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private readonly IDataProtectionProvider _keys = new EphemeralDataProtectionProvider();

    [Fact]
    public void A_credential_names_its_agent_until_its_lifetime_is_over_by_the_servers_clock()
    {
        var credentials = Credentials(sessionMinutes: 15);
        var issued = credentials.Issue(Ann);

        _clock.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(SdkSessionCheck.Valid, credentials.Check(issued, out var session));
        Assert.Equal(Ann, session!.Agent);
        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromMilliseconds(1), session.ExpiresAt);

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(SdkSessionCheck.Expired, credentials.Check(issued, out session));
        Assert.Null(session);
    }

    [Fact]
    public void Changing_any_byte_of_a_credential_makes_it_invalid()
    {
        var credentials = Credentials();
        var sealedBytes = Base64Url.DecodeFromChars(credentials.Issue(Ann));

        for (var i = 0; i < sealedBytes.Length; i++)
        {
            var altered = (byte[])sealedBytes.Clone();
            altered[i] ^= 0x01;
            Assert.Equal(SdkSessionCheck.Invalid, credentials.Check(Base64Url.EncodeToString(altered), out _));
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64url!")]
    [InlineData("AAAA")]
    public void Missing_or_malformed_credentials_are_invalid(string? credential) =>
        Assert.Equal(SdkSessionCheck.Invalid, Credentials().Check(credential, out _));

    [Fact]
    public void A_huge_credential_is_refused_unread() =>
        Assert.Equal(SdkSessionCheck.Invalid, Credentials().Check(new string('A', 100_000), out _));

    [Fact]
    public void A_credential_sealed_with_another_key_ring_is_invalid()
    {
        var foreign = new SdkSessionCredentials(new EphemeralDataProtectionProvider(), _clock, Options.Create(new AgentSdkOptions())).Issue(Ann);

        Assert.Equal(SdkSessionCheck.Invalid, Credentials().Check(foreign, out _));
    }

    [Fact]
    public void Renewed_credentials_differ_and_each_carries_its_own_expiry()
    {
        var credentials = Credentials(sessionMinutes: 15);
        var first = credentials.Issue(Ann);
        _clock.Advance(TimeSpan.FromMinutes(10));
        var second = credentials.Issue(Ann);

        _clock.Advance(TimeSpan.FromMinutes(6));
        Assert.NotEqual(first, second);
        Assert.Equal(SdkSessionCheck.Expired, credentials.Check(first, out _));
        Assert.Equal(SdkSessionCheck.Valid, credentials.Check(second, out _));
    }

    private SdkSessionCredentials Credentials(int sessionMinutes = 15) =>
        new(_keys, _clock, Options.Create(new AgentSdkOptions { SessionMinutes = sessionMinutes }));
}
