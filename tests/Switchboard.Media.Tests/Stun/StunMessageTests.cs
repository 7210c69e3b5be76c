using System.Buffers.Binary;
using System.Text;
using Switchboard.Media.Stun;

namespace Switchboard.Media.Tests.Stun;

public class StunMessageTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes(Rfc5769.Password);

    public static TheoryData<string, byte[]> Malformed => new()
    {
        { "empty", [] },
        { "header cut at 19 bytes", Rfc5769.Request[..19] },
        { "first two bits set (an RTP-like byte)", With(Rfc5769.Request, 0, 0x80) },
        { "wrong magic cookie", With(Rfc5769.Request, 4, 0x22) },
        { "length not a multiple of four", WithLength(Rfc5769.Request, 0x57) },
        { "length longer than the datagram", WithLength(Rfc5769.Request, 0x5C) },
        { "length shorter than the datagram", WithLength(Rfc5769.Request, 0x54) },
        { "datagram cut inside an attribute", WithLength(Rfc5769.Request[..52], 32) },
        { "attribute length runs past the end", With(Rfc5769.Request, 22, 0x01) },
        { "MESSAGE-INTEGRITY of 16 bytes", WithAttributeLength(Rfc5769.Request, 76, 16) },
        { "FINGERPRINT of 8 bytes", WithAttributeLength(Rfc5769.Request, 100, 8) },
        { "an attribute after FINGERPRINT", AppendAfter(Rfc5769.Request, [0x80, 0x22, 0x00, 0x00]) },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_datagrams_are_refused(string name, byte[] datagram)
    {
        Assert.False(StunMessage.TryRead(datagram, out _), name);
    }

    [Fact]
    public void Header_only_message_reads_with_no_attributes()
    {
        var bytes = Rfc5769.Request[..20];
        bytes[3] = 0;
        Assert.True(StunMessage.TryRead(bytes, out var message));
        Assert.False(message.TryGetUsername(out _));
        Assert.Equal(StunIntegrityCheck.Missing, message.VerifyMessageIntegrity(Key));
        Assert.Equal(StunIntegrityCheck.Missing, message.VerifyFingerprint());
    }

    [Theory]
    [InlineData(0)] // a header byte
    [InlineData(30)] // inside SOFTWARE
    [InlineData(74)] // USERNAME padding, still covered by the HMAC
    public void Any_flipped_byte_before_integrity_fails_it(int index)
    {
        var bytes = Rfc5769.Request;
        bytes[index] ^= 0x01;
        Assert.True(StunMessage.TryRead(bytes, out var message));
        Assert.Equal(StunIntegrityCheck.Invalid, message.VerifyMessageIntegrity(Key));
        Assert.Equal(StunIntegrityCheck.Invalid, message.VerifyFingerprint());
    }

    [Fact]
    public void Tampered_fingerprint_fails_but_integrity_still_holds()
    {
        var bytes = Rfc5769.Request;
        bytes[^1] ^= 0xFF;
        Assert.True(StunMessage.TryRead(bytes, out var message));
        Assert.Equal(StunIntegrityCheck.Invalid, message.VerifyFingerprint());
        Assert.Equal(StunIntegrityCheck.Valid, message.VerifyMessageIntegrity(Key));
    }

    [Fact]
    public void Attributes_after_integrity_are_ignored_by_lookups()
    {
        var buffer = new byte[128];
        var writer = new StunWriter(buffer, StunMessageClass.Request, StunMethod.Binding, StunTransactionId.NewRandom());
        writer.AddUsername("a:b"u8);
        writer.AddMessageIntegrity(Key);
        writer.AddPriority(7); // smuggled after the integrity check
        Assert.True(StunMessage.TryRead(writer.Written, out var message));
        Assert.Equal(StunIntegrityCheck.Valid, message.VerifyMessageIntegrity(Key));
        Assert.False(message.TryGetPriority(out _));
        var seen = 0;
        foreach (var _ in message.Attributes) seen++;
        Assert.Equal(3, seen);
    }

    [Fact]
    public void Unknown_comprehension_required_attributes_are_listed_optional_ones_are_not()
    {
        var buffer = new byte[128];
        var writer = new StunWriter(buffer, StunMessageClass.Request, StunMethod.Binding, StunTransactionId.NewRandom());
        writer.AddAttribute(0x0033, "x"u8);
        writer.AddAttribute(0xC057, [0, 1, 0, 0]); // Chrome's GOOG-NETWORK-INFO: optional, ignored
        writer.AddAttribute(0x0044, []);
        writer.AddUsername("a:b"u8);
        Assert.True(StunMessage.TryRead(writer.Written, out var message));
        Span<ushort> unknown = stackalloc ushort[4];
        Assert.Equal(2, message.FindUnknownComprehensionRequired(unknown));
        Assert.Equal([0x0033, 0x0044], unknown[..2].ToArray());
    }

    [Fact]
    public void Error_response_carries_code_reason_unknown_attributes_integrity_and_fingerprint()
    {
        var buffer = new byte[StunWriter.MaxIceResponseLength];
        var id = StunTransactionId.NewRandom();
        var length = StunResponses.WriteBindingError(buffer, id, StunErrorCode.UnknownAttribute, Key, [0x0033, 0x0044]);
        Assert.True(StunMessage.TryRead(buffer.AsSpan(0, length), out var message));
        Assert.Equal(StunMessageClass.ErrorResponse, message.Class);
        Assert.Equal(id, message.TransactionId);
        Assert.True(message.TryGetErrorCode(out var code, out var reason));
        Assert.Equal(420, code);
        Assert.Equal("Unknown Attribute", Encoding.UTF8.GetString(reason));
        Span<ushort> unknown = stackalloc ushort[2];
        Assert.True(message.TryGetUnknownAttributes(unknown, out var count));
        Assert.Equal(2, count);
        Assert.Equal([0x0033, 0x0044], unknown.ToArray());
        Assert.Equal(StunIntegrityCheck.Valid, message.VerifyMessageIntegrity(Key));
        Assert.Equal(StunIntegrityCheck.Valid, message.VerifyFingerprint());
    }

    [Fact]
    public void Unauthorized_response_is_not_keyed()
    {
        var buffer = new byte[StunWriter.MaxIceResponseLength];
        var length = StunResponses.WriteBindingError(buffer, StunTransactionId.NewRandom(), 401, []);
        Assert.True(StunMessage.TryRead(buffer.AsSpan(0, length), out var message));
        Assert.False(message.HasMessageIntegrity);
        Assert.Equal(StunIntegrityCheck.Valid, message.VerifyFingerprint());
    }

    private static byte[] With(byte[] bytes, int index, byte value)
    {
        bytes[index] = value;
        return bytes;
    }

    private static byte[] WithLength(byte[] bytes, int length)
    {
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(2), (ushort)length);
        return bytes;
    }

    private static byte[] WithAttributeLength(byte[] bytes, int attributeOffset, int length)
    {
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(attributeOffset + 2), (ushort)length);
        return bytes;
    }

    private static byte[] AppendAfter(byte[] bytes, byte[] extra) => WithLength([.. bytes, .. extra], bytes.Length + extra.Length - 20);
}
