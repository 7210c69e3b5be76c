using CsCheck;
using Switchboard.Media.Transport;

namespace Switchboard.Media.Tests.Transport;

public class PacketClassifierTests
{
    public static TheoryData<string, byte[], PacketKind> Datagrams => new()
    {
        { "STUN binding request", Packet(20, 0x00, 0x01), PacketKind.Stun },
        { "STUN too short", Packet(19, 0x00, 0x01), PacketKind.Unknown },
        { "DTLS handshake record", Packet(13, 22, 0xFE), PacketKind.Dtls },
        { "DTLS application data", Packet(40, 23, 0xFE), PacketKind.Dtls },
        { "RTP PCMU", Packet(172, 0x80, 0x00), PacketKind.Rtp },
        { "RTP PCMA with marker", Packet(172, 0x80, 0x88), PacketKind.Rtp },
        { "RTP telephone-event 110", Packet(16, 0x80, 110), PacketKind.Rtp },
        { "RTCP sender report", Packet(28, 0x80, 200), PacketKind.Rtcp },
        { "RTCP receiver report", Packet(8, 0x81, 201), PacketKind.Rtcp },
        { "RTP shorter than its fixed header", Packet(11, 0x80, 0x00), PacketKind.Unknown },
        { "empty", [], PacketKind.Unknown },
        { "ZRTP-like first byte 16", Packet(40, 16, 0), PacketKind.Unknown },
        { "first byte 64 (TURN channel)", Packet(40, 64, 0), PacketKind.Unknown },
        { "first byte 200", Packet(40, 200, 0), PacketKind.Unknown },
    };

    [Theory]
    [MemberData(nameof(Datagrams))]
    public void Classifies_by_first_byte_and_rtcp_packet_type(string name, byte[] datagram, PacketKind expected)
    {
        Assert.True(expected == PacketClassifier.Classify(datagram), name);
    }

    [Fact]
    public void Never_throws_on_random_bytes()
    {
        Gen.Byte.Array[0, 64].Sample(bytes => Enum.IsDefined(PacketClassifier.Classify(bytes)));
    }

    private static byte[] Packet(int length, byte first, byte second)
    {
        var bytes = new byte[length];
        if (length > 0) bytes[0] = first;
        if (length > 1) bytes[1] = second;
        return bytes;
    }
}
