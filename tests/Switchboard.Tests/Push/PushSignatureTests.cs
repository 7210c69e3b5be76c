using Switchboard.Push;

namespace Switchboard.Tests.Push;

/// <summary>The webhook signature as docs/push.md defines it, checked against a value computed with Node's crypto module.</summary>
public sealed class PushSignatureTests
{
    private const string Secret = "a-receiver-secret-0123456789";
    private const string Body = """{"CallbackCommand":"Desk.SessionEventNotify","Nickname":"Zoë"}""";

    // node -e "crypto.createHmac('sha256', SECRET).update('1795168860.').update(Buffer.from(BODY, 'utf8')).digest('hex')"
    private const string NodeComputed = "sha256=b8bfacec235db5d5b1cbf44032340ab4fd7bb15096ee3efa41a12643dddab656";

    [Fact]
    public void The_signature_is_the_hex_hmac_of_timestamp_dot_body_that_the_documented_node_snippet_computes()
    {
        Assert.Equal(NodeComputed, PushSignature.Compute(Secret, 1_795_168_860, Body));
        Assert.True(PushSignature.Verify(Secret, 1_795_168_860, Body, NodeComputed));
    }

    [Theory]
    [InlineData(Secret, 1_795_168_861, Body)]
    [InlineData("another-secret-0123456789", 1_795_168_860, Body)]
    [InlineData(Secret, 1_795_168_860, """{"CallbackCommand":"Desk.SessionEventNotify","Nickname":"Zoe"}""")]
    public void A_different_timestamp_secret_or_body_does_not_verify(string secret, long timestamp, string body)
    {
        Assert.False(PushSignature.Verify(secret, timestamp, body, NodeComputed));
        Assert.False(PushSignature.Verify(Secret, 1_795_168_860, Body, null));
        Assert.False(PushSignature.Verify(Secret, 1_795_168_860, Body, NodeComputed.ToUpperInvariant()));
    }
}
