using Switchboard.Media.Audio;
using Switchboard.Media.Rtp;

namespace Switchboard.Media.Fuzz.Targets;

/// <summary>
/// A leg fed what an endpoint sends after SRTP unprotect: each of the input's datagrams (see <see cref="Datagrams"/>)
/// goes to <see cref="AudioLeg.ReceiveRtp"/>, or to <see cref="AudioLeg.ReceiveRtcp"/> when its second byte is an
/// RTCP packet type (RFC 5761 §4), with 20 ms of playout between datagrams; at the end the leg writes its report.
/// This reaches the RTP header reader, G.711 decoding, the jitter buffer, concealment and the reception statistics.
/// </summary>
internal static class AudioLegTarget
{
    private static readonly uint Ssrc = 0xDEADBEEF;

    internal static void Run(ReadOnlySpan<byte> data)
    {
        var time = new SteppedTime();
        var leg = new AudioLeg("fuzz", G711Codec.Pcmu, time);
        var frame = new short[AudioFrame.SampleCount];
        Datagrams.ForEach(data, datagram =>
        {
            if (datagram.Length >= 2 && datagram[1] is >= 192 and <= 223) leg.ReceiveRtcp(datagram);
            else leg.ReceiveRtp(datagram);
            time.Advance(TimeSpan.FromMilliseconds(20));
            leg.ReadFrame(frame);
        });
        leg.TryWriteRtcpReport(new byte[256], "fuzz", out _);
        _ = (leg.PacketsReceived, leg.Malformed, leg.OtherPayloadType, leg.MalformedRtcp, leg.ReceiveStatistics?.Ssrc);
    }

    internal static IEnumerable<byte[]> Seeds()
    {
        yield return Datagrams.Join(Rtp(1, 0, 0), Rtp(2, 160, 0), Rtp(4, 480, 0), Rtp(3, 320, 0), SenderReport(), Rtp(5, 640, 0));
        yield return Datagrams.Join(Rtp(1, 0, 0), Rtp(2, 160, 126, payload: 4), Rtp(60000, 9_000_000, 0), Padded(), Rtp(3, 320, 0, payload: 80));
    }

    private static byte[] Rtp(ushort sequence, uint timestamp, byte payloadType, int payload = AudioFrame.SampleCount)
    {
        var packet = new byte[RtpHeader.FixedLength + payload];
        byte[] header = [0x80, payloadType, (byte)(sequence >> 8), (byte)sequence, (byte)(timestamp >> 24), (byte)(timestamp >> 16),
            (byte)(timestamp >> 8), (byte)timestamp, (byte)(Ssrc >> 24), (byte)(Ssrc >> 16), (byte)(Ssrc >> 8), (byte)Ssrc];
        header.CopyTo(packet, 0);
        for (var i = RtpHeader.FixedLength; i < packet.Length; i++) packet[i] = (byte)(0x7F + (i & 0x0F));
        return packet;
    }

    private static byte[] Padded()
    {
        var packet = Rtp(6, 800, 0, payload: AudioFrame.SampleCount + 4);
        packet[0] |= 0x20;
        packet[^1] = 4;
        return packet;
    }

    private static byte[] SenderReport() =>
        [0x80, 200, 0, 6, (byte)(Ssrc >> 24), (byte)(Ssrc >> 16), (byte)(Ssrc >> 8), (byte)Ssrc,
         0xE8, 0xA1, 0, 0, 0x80, 0, 0, 0, 0, 0, 0x02, 0x80, 0, 0, 0, 5, 0, 0, 0x03, 0x20];
}
