using System.Buffers.Binary;
using System.Net;
using System.Text;
using CsCheck;
using Switchboard.Media.Stun;

namespace Switchboard.Media.Tests.Stun;

public class StunPropertyTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes(Rfc5769.Password);

    [Fact]
    public void Random_bytes_never_throw()
    {
        Gen.Byte.Array[0, 200].Sample(bytes => ReadEverything(bytes));
    }

    [Fact]
    public void Random_bodies_behind_a_valid_header_never_throw()
    {
        // Random bytes almost never pass the cookie and length checks, so this drives the attribute walk and the
        // look-ups: a real header whose length matches a random body of 32-bit words.
        Gen.Byte.Array[0, 40].Select(words => words.Length * 4).SelectMany(n => Gen.Byte.Array[n]).Sample(body =>
        {
            var datagram = new byte[20 + body.Length];
            _ = new StunWriter(datagram, StunMessageClass.Request, StunMethod.Binding, default);
            body.CopyTo(datagram, 20);
            BinaryPrimitives.WriteUInt16BigEndian(datagram.AsSpan(2), (ushort)body.Length);
            ReadEverything(datagram);
        });
    }

    [Fact]
    public void Written_messages_read_back_with_the_same_content_and_verify()
    {
        var gen = Gen.Select(Gen.String[Gen.Char.AlphaNumeric, 1, 64], Gen.UInt, Gen.ULong, Gen.Bool, Gen.Bool,
            Gen.Byte.Array[16], Gen.UShort, Gen.Int[300, 699]);
        gen.Sample((username, priority, tieBreaker, useCandidate, ipv6, address, port, errorCode) =>
        {
            var endPoint = new IPEndPoint(new IPAddress(ipv6 ? address : address[..4]), port);
            var id = StunTransactionId.NewRandom();
            var buffer = new byte[512];
            var writer = new StunWriter(buffer, StunMessageClass.Request, StunMethod.Binding, id);
            writer.AddUsername(Encoding.UTF8.GetBytes(username));
            writer.AddPriority(priority);
            writer.AddIceControlling(tieBreaker);
            if (useCandidate) writer.AddUseCandidate();
            writer.AddXorMappedAddress(endPoint);
            writer.AddErrorCode(errorCode, "reason");
            writer.AddMessageIntegrity(Key);
            writer.AddFingerprint();

            Assert.True(StunMessage.TryRead(writer.Written, out var message));
            Assert.Equal(id, message.TransactionId);
            Assert.True(message.TryGetUsername(out var readUsername));
            Assert.Equal(username, Encoding.UTF8.GetString(readUsername));
            Assert.True(message.TryGetPriority(out var readPriority));
            Assert.Equal(priority, readPriority);
            Assert.True(message.TryGetIceControlling(out var readTieBreaker));
            Assert.Equal(tieBreaker, readTieBreaker);
            Assert.Equal(useCandidate, message.HasUseCandidate);
            Assert.True(message.TryGetXorMappedAddress(out var readEndPoint));
            Assert.Equal(endPoint, readEndPoint);
            Assert.True(message.TryGetErrorCode(out var readCode, out _));
            Assert.Equal(errorCode, readCode);
            Assert.Equal(StunIntegrityCheck.Valid, message.VerifyMessageIntegrity(Key));
            Assert.Equal(StunIntegrityCheck.Valid, message.VerifyFingerprint());
        });
    }

    private static void ReadEverything(byte[] datagram)
    {
        if (!StunMessage.TryRead(datagram, out var message)) return;
        foreach (var attribute in message.Attributes) _ = attribute.Value.Length;
        _ = message.TransactionId;
        _ = message.TryGetUsername(out _);
        _ = message.TryGetPriority(out _);
        _ = message.HasUseCandidate;
        _ = message.TryGetIceControlling(out _);
        _ = message.TryGetIceControlled(out _);
        _ = message.TryGetXorMappedAddress(out _);
        _ = message.TryGetErrorCode(out _, out _);
        Span<ushort> types = stackalloc ushort[4];
        _ = message.TryGetUnknownAttributes(types, out _);
        _ = message.FindUnknownComprehensionRequired(types);
        _ = message.VerifyMessageIntegrity(Key);
        _ = message.VerifyFingerprint();
    }
}
