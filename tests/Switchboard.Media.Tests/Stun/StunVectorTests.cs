using System.Net;
using System.Text;
using Switchboard.Media.Stun;

namespace Switchboard.Media.Tests.Stun;

public class StunVectorTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes(Rfc5769.Password);
    private static readonly byte[] WrongKey = Encoding.UTF8.GetBytes("VOkJxbRl1RmTxUk/WvJxBr");

    [Fact]
    public void Sample_request_reads_with_its_ice_attributes_and_verifies()
    {
        var bytes = Rfc5769.Request;
        Assert.True(StunMessage.TryRead(bytes, out var message));
        Assert.Equal(StunMessageClass.Request, message.Class);
        Assert.Equal(StunMethod.Binding, message.Method);
        Assert.Equal(StunTransactionId.Read(Rfc5769.TransactionId), message.TransactionId);
        Assert.True(message.TryGetUsername(out var username));
        Assert.Equal("evtj:h6vY", Encoding.UTF8.GetString(username));
        Assert.True(message.TryGetPriority(out var priority));
        Assert.Equal(0x6e0001ffu, priority);
        Assert.True(message.TryGetIceControlled(out var tieBreaker));
        Assert.Equal(0x932ff9b151263b36ul, tieBreaker);
        Assert.False(message.TryGetIceControlling(out _));
        Assert.False(message.HasUseCandidate);
        Assert.True(message.TryGetAttribute(StunAttributeType.Software, out var software));
        Assert.Equal("STUN test client", Encoding.UTF8.GetString(software));
        Assert.Equal(StunIntegrityCheck.Valid, message.VerifyMessageIntegrity(Key));
        Assert.Equal(StunIntegrityCheck.Invalid, message.VerifyMessageIntegrity(WrongKey));
        Assert.Equal(StunIntegrityCheck.Valid, message.VerifyFingerprint());
    }

    [Fact]
    public void Sample_ipv4_response_maps_192_0_2_1_port_32853()
    {
        var bytes = Rfc5769.ResponseIPv4;
        Assert.True(StunMessage.TryRead(bytes, out var message));
        Assert.Equal(StunMessageClass.SuccessResponse, message.Class);
        Assert.True(message.TryGetXorMappedAddress(out var mapped));
        Assert.Equal(new IPEndPoint(IPAddress.Parse("192.0.2.1"), 32853), mapped);
        Assert.Equal(StunIntegrityCheck.Valid, message.VerifyMessageIntegrity(Key));
        Assert.Equal(StunIntegrityCheck.Valid, message.VerifyFingerprint());
    }

    [Fact]
    public void Sample_ipv6_response_maps_2001_db8_address_port_32853()
    {
        var bytes = Rfc5769.ResponseIPv6;
        Assert.True(StunMessage.TryRead(bytes, out var message));
        Assert.True(message.TryGetXorMappedAddress(out var mapped));
        Assert.Equal(new IPEndPoint(IPAddress.Parse("2001:db8:1234:5678:11:2233:4455:6677"), 32853), mapped);
        Assert.Equal(StunIntegrityCheck.Valid, message.VerifyMessageIntegrity(Key));
        Assert.Equal(StunIntegrityCheck.Valid, message.VerifyFingerprint());
    }

    [Theory]
    [InlineData("192.0.2.1", "0001a147e112a643")]
    [InlineData("2001:db8:1234:5678:11:2233:4455:6677", "0002a1470113a9faa5d3f179bc25f4b5bed2b9d9")]
    public void Writer_xors_mapped_addresses_like_the_samples(string address, string expectedValue)
    {
        var buffer = new byte[64];
        var writer = new StunWriter(buffer, StunMessageClass.SuccessResponse, StunMethod.Binding,
            StunTransactionId.Read(Rfc5769.TransactionId));
        writer.AddXorMappedAddress(new IPEndPoint(IPAddress.Parse(address), 32853));
        Assert.Equal(expectedValue, Convert.ToHexStringLower(writer.Written[24..]));
    }

    [Fact]
    public void Writer_reproduces_the_sample_request_integrity_and_fingerprint()
    {
        // The sample pads USERNAME with spaces where the writer pads with zeros, so the attributes before
        // MESSAGE-INTEGRITY are copied verbatim and only the two computed attributes come from the writer.
        var sample = Rfc5769.Request;
        var buffer = new byte[sample.Length];
        var writer = new StunWriter(buffer, StunMessageClass.Request, StunMethod.Binding,
            StunTransactionId.Read(Rfc5769.TransactionId));
        writer.AddAttribute(StunAttributeType.Software, "STUN test client"u8);
        writer.AddPriority(0x6e0001ff);
        writer.AddIceControlled(0x932ff9b151263b36);
        writer.AddUsername("evtj:h6vY"u8);
        sample.AsSpan(20, 56).CopyTo(buffer.AsSpan(20));
        writer.AddMessageIntegrity(Key);
        writer.AddFingerprint();
        Assert.Equal(Convert.ToHexStringLower(sample), Convert.ToHexStringLower(writer.Written));
    }

    [Theory]
    [InlineData(0x0001, StunMessageClass.Request, StunMethod.Binding)]
    [InlineData(0x0011, StunMessageClass.Indication, StunMethod.Binding)]
    [InlineData(0x0101, StunMessageClass.SuccessResponse, StunMethod.Binding)]
    [InlineData(0x0111, StunMessageClass.ErrorResponse, StunMethod.Binding)]
    [InlineData(0x0003, StunMessageClass.Request, (StunMethod)0x003)]
    [InlineData(0x0113, StunMessageClass.ErrorResponse, (StunMethod)0x003)]
    [InlineData(0x3EEF, StunMessageClass.Request, (StunMethod)0xFFF)]
    public void Message_type_interleaves_class_bits_into_the_method(int type, StunMessageClass c, StunMethod m)
    {
        var buffer = new byte[20];
        _ = new StunWriter(buffer, c, m, default);
        Assert.Equal(type, buffer[0] << 8 | buffer[1]);
        Assert.True(StunMessage.TryRead(buffer, out var message));
        Assert.Equal(c, message.Class);
        Assert.Equal(m, message.Method);
    }
}
