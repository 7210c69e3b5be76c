using Switchboard.Media.Dtmf;
using Switchboard.Media.Rtp;

namespace Switchboard.Media.Fuzz.Targets;

/// <summary>
/// RFC 4733 telephone events: each of the input's datagrams (see <see cref="Datagrams"/>) is read as an RTP packet
/// whose payload goes to <see cref="TelephoneEvent.TryRead"/> and to one <see cref="DtmfReceiver"/> for the whole
/// input, which must only ever report keys of the DTMF alphabet.
/// </summary>
internal static class DtmfTarget
{
    internal static void Run(ReadOnlySpan<byte> data)
    {
        var receiver = new DtmfReceiver();
        Datagrams.ForEach(data, datagram =>
        {
            TelephoneEvent.TryRead(datagram, out _);
            if (!RtpHeader.TryRead(datagram, out var header)) return;
            var payload = datagram[header.Length..];
            if (TelephoneEvent.TryRead(payload, out var telephoneEvent))
                _ = (telephoneEvent.Event, telephoneEvent.End, telephoneEvent.Volume, telephoneEvent.Duration);
            if (receiver.TryReceive(header, payload, out var digit) && !"0123456789*#ABCD".Contains(digit))
                throw new InvalidOperationException($"the receiver reported '{digit}', which no key sends");
        });
        _ = receiver.Malformed;
    }

    /// <summary>A key press as Chromium's RTCDTMFSender sends it: a marked start, updates and three end packets; then a second key.</summary>
    internal static IEnumerable<byte[]> Seeds()
    {
        yield return Datagrams.Join(
            Packet(1, 8000, marker: true, new TelephoneEvent { Event = 5, Volume = 10, Duration = 160 }),
            Packet(2, 8000, marker: false, new TelephoneEvent { Event = 5, Volume = 10, Duration = 320 }),
            Packet(3, 8000, marker: false, new TelephoneEvent { Event = 5, End = true, Volume = 10, Duration = 800 }),
            Packet(4, 8000, marker: false, new TelephoneEvent { Event = 5, End = true, Volume = 10, Duration = 800 }),
            Packet(5, 8000, marker: false, new TelephoneEvent { Event = 5, End = true, Volume = 10, Duration = 800 }),
            Packet(6, 9600, marker: true, new TelephoneEvent { Event = 11, Volume = 10, Duration = 160 }));
        yield return Datagrams.Join(Packet(1, 160, marker: false, new TelephoneEvent { Event = 1, Duration = 65535 }),
            Packet(2, 65696, marker: false, new TelephoneEvent { Event = 1, End = true, Duration = 400 }));
    }

    private static byte[] Packet(ushort sequence, uint timestamp, bool marker, TelephoneEvent telephoneEvent)
    {
        byte[] packet = [0x80, (byte)((marker ? 0x80 : 0) | 126), (byte)(sequence >> 8), (byte)sequence,
            (byte)(timestamp >> 24), (byte)(timestamp >> 16), (byte)(timestamp >> 8), (byte)timestamp, 0xDE, 0xAD, 0xBE, 0xEF, 0, 0, 0, 0];
        telephoneEvent.TryWrite(packet.AsSpan(12));
        return packet;
    }
}
