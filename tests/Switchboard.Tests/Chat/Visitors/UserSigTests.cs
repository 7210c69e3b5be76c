using System.Security.Cryptography;
using System.Text;
using Switchboard.Chat.Visitors.Identity;

namespace Switchboard.Tests.Chat.Visitors;

public sealed class UserSigTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);
    private static readonly UserSigClaims Claims = new(1_600_000_001, "customer-42", "tier=gold; name=Zoë", 1_900_000_000);

    [Fact]
    public void A_signature_verifies_with_its_key_and_application_and_gives_back_the_claims()
    {
        var sig = UserSig.Create(Key, Claims);
        Assert.StartsWith("sb1.", sig);
        Assert.Equal(Claims, UserSig.Verify(Key, Claims.SdkAppId, sig));
    }

    [Fact]
    public void Another_key_another_application_or_any_changed_character_fails()
    {
        var sig = UserSig.Create(Key, Claims);
        Assert.Null(UserSig.Verify(RandomNumberGenerator.GetBytes(32), Claims.SdkAppId, sig));
        Assert.Null(UserSig.Verify(Key, Claims.SdkAppId + 1, sig));
        for (var i = 4; i < sig.Length; i++)
        {
            var changed = sig[..i] + (sig[i] == 'A' ? 'B' : 'A') + sig[(i + 1)..];
            if (changed == sig) continue;
            // Base64 padding bits aside, a changed character either breaks the encoding or the MAC.
            var claims = UserSig.Verify(Key, Claims.SdkAppId, changed);
            Assert.True(claims is null || claims == Claims, $"character {i} changed and the signature still verified other claims");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("sb1.")]
    [InlineData("sb1..")]
    [InlineData("sb1.e30.")]
    [InlineData("sb2.e30.AAAA")]
    [InlineData("sb1.!!!.AAAA")]
    public void Malformed_signatures_fail_quietly(string sig) => Assert.Null(UserSig.Verify(Key, Claims.SdkAppId, sig));

    [Fact]
    public void A_signed_payload_that_is_not_the_claims_fails()
    {
        // Correctly signed, but not JSON claims: only a key holder could make it, still nothing to sign in with.
        var payload = Convert.ToBase64String(Encoding.UTF8.GetBytes("[1,2,3]")).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var signed = "sb1." + payload;
        var mac = Convert.ToBase64String(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(signed))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.Null(UserSig.Verify(Key, Claims.SdkAppId, signed + "." + mac));
    }

    [Fact]
    public void An_oversized_signature_is_refused_unread() =>
        Assert.Null(UserSig.Verify(Key, Claims.SdkAppId, "sb1." + new string('A', UserSig.MaxLength)));
}
