using Switchboard.Media.Rtcp;

namespace Switchboard.Media.Fuzz.Targets;

/// <summary>
/// An RTCP compound packet (after SRTCP unprotect) walked with <see cref="RtcpCompoundReader"/>, each packet read by
/// every packet reader (each refuses the types it does not own) down to the last report block and SDES item.
/// </summary>
internal static class RtcpTarget
{
    internal static void Run(ReadOnlySpan<byte> data)
    {
        var reader = new RtcpCompoundReader(data);
        while (reader.TryReadNext(out var packet))
        {
            _ = (packet.Type, packet.Count);
            if (RtcpSenderReport.TryRead(packet, out var sender))
            {
                _ = (sender.Ssrc, sender.SenderInfo);
                for (var i = 0; i < sender.ReportCount; i++) _ = sender.GetReportBlock(i);
            }
            if (RtcpReceiverReport.TryRead(packet, out var receiver))
            {
                _ = receiver.Ssrc;
                for (var i = 0; i < receiver.ReportCount; i++) _ = receiver.GetReportBlock(i);
            }
            var items = new RtcpSourceDescriptionReader(packet);
            while (items.TryReadNext(out _, out _, out var value)) _ = value.Length;
            _ = items.Malformed;
            if (RtcpBye.TryRead(packet, out var bye))
            {
                for (var i = 0; i < bye.SourceCount; i++) _ = bye.GetSource(i);
                _ = bye.Reason.Length;
            }
            RtcpReportBlock.TryRead(packet.Payload, out _);
        }
        _ = reader.Malformed;
    }

    internal static IEnumerable<byte[]> Seeds()
    {
        RtcpReportBlock[] block =
        [
            new() { Ssrc = 0x11223344, FractionLost = 3, CumulativeLost = -2, ExtendedHighestSequence = 0x0001_0010, Jitter = 40,
                    LastSenderReport = 0x1234_5678, DelaySinceLastSenderReport = 0x0001_8000 },
        ];
        var info = new RtcpSenderInfo { NtpTimestamp = 0xE8A1_0000_8000_0000, RtpTimestamp = 160_000, PacketCount = 1000, OctetCount = 160_000 };
        yield return Compound((ref RtcpCompoundWriter writer) => writer.TryWriteSenderReport(0xDEADBEEF, info, block) && writer.TryWriteSourceDescription(0xDEADBEEF, "q8vYbJ1kWm3nZ7xP"));
        yield return Compound((ref RtcpCompoundWriter writer) => writer.TryWriteReceiverReport(0xDEADBEEF, block) && writer.TryWriteSourceDescription(0xDEADBEEF, "agent"));
        yield return Compound((ref RtcpCompoundWriter writer) => writer.TryWriteReceiverReport(0xDEADBEEF, []) && writer.TryWriteSourceDescription(0xDEADBEEF, "x")
            && writer.TryWriteBye([0xDEADBEEF, 0x11223344], "call ended"));
    }

    private delegate bool Write(ref RtcpCompoundWriter writer);

    private static byte[] Compound(Write write)
    {
        var buffer = new byte[512];
        var writer = new RtcpCompoundWriter(buffer);
        if (!write(ref writer)) throw new InvalidOperationException("seed does not fit");
        return buffer[..writer.Written];
    }
}
