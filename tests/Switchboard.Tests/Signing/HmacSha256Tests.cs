using System.Security.Cryptography;
using Switchboard.Client.Signing;

namespace Switchboard.Tests.Signing;

public sealed class HmacSha256Tests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(16, 11)]
    [InlineData(32, 130)]
    [InlineData(63, 512)]
    [InlineData(64, 64)]
    [InlineData(65, 1)]      // longer than a block: the key is hashed first
    [InlineData(200, 513)]   // message beyond the stack buffer
    public void Matches_the_framework_hmac(int keyLength, int messageLength)
    {
        byte[] key = RandomNumberGenerator.GetBytes(keyLength);
        byte[] message = RandomNumberGenerator.GetBytes(messageLength);
        byte[] ours = new byte[32];

        HmacSha256.HashData(key, message, ours);

        Assert.Equal(HMACSHA256.HashData(key, message), ours);
    }
}
