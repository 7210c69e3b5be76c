using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Switchboard.Media.Stun;
using Switchboard.Media.Transport;

namespace Switchboard.BrowserTests.Media;

/// <summary>
/// Bad datagrams aimed at one call on the server's media port, as a stranger on the network (or a confused peer)
/// would send them: each kind is built deterministically and tagged with the drop reason the port must count it
/// under. <see cref="WrongKeySrtp"/> comes from an address that first passed a real connectivity check, so it
/// reaches the call's session and must be refused by SRTP there.
/// </summary>
internal sealed class MediaPortFlood
{
    private readonly Random _random = new(4);
    private readonly string _serverUfrag, _serverPassword, _browserUfrag;

    /// <summary>Prepares a flood against the call whose answer carried <paramref name="serverUfrag"/> and
    /// <paramref name="serverPassword"/> and whose offer carried <paramref name="browserUfrag"/>.</summary>
    internal MediaPortFlood(string serverUfrag, string serverPassword, string browserUfrag)
    {
        _serverUfrag = serverUfrag;
        _serverPassword = serverPassword;
        _browserUfrag = browserUfrag;
    }

    /// <summary>One kind of bad datagram, how many are sent and the reason the port counts them under.</summary>
    internal sealed record Kind(string Name, MediaPortDropReason Reason, IReadOnlyList<byte[]> Datagrams);

    /// <summary>
    /// The kinds a stranger's socket sends, <paramref name="each"/> of each: random bytes, truncated STUN, checks
    /// with the call's real ufrags and a wrong MESSAGE-INTEGRITY, checks for an unknown ufrag, DTLS-looking garbage,
    /// RTP and RTCP and SRTP-looking packets from an address that never passed a check.
    /// </summary>
    internal IReadOnlyList<Kind> FromStranger(int each) =>
    [
        new("random bytes", MediaPortDropReason.UnknownKind, Many(each, () => [(byte)_random.Next(64, 128), .. Bytes(_random.Next(0, 300))])),
        new("truncated STUN", MediaPortDropReason.MalformedStun, Many(each, () =>
        {
            var check = Check(_serverUfrag, Encoding.UTF8.GetBytes(_serverPassword));
            return check[.._random.Next(StunMessage.HeaderLength, check.Length)];
        })),
        new("STUN with the call's ufrag and a wrong MESSAGE-INTEGRITY", MediaPortDropReason.BadIntegrity,
            Many(each, () => Check(_serverUfrag, Bytes(24)))),
        new("STUN for an unknown ufrag", MediaPortDropReason.UnknownUfrag, Many(each, () => Check("nobody" + _random.Next(1000), Bytes(24)))),
        new("DTLS-looking garbage", MediaPortDropReason.UnknownAddress,
            Many(each, () => [(byte)_random.Next(20, 64), 0xFE, 0xFD, .. Bytes(_random.Next(10, 300))])),
        new("RTP and RTCP from an unknown address", MediaPortDropReason.UnknownAddress,
            Many(each, () => _random.Next(2) == 0 ? Rtp(Bytes(160)) : [0x81, (byte)_random.Next(200, 205), 0, 6, .. Bytes(24)])),
        new("SRTP-looking packets from an unknown address", MediaPortDropReason.UnknownAddress, Many(each, () => Rtp(Bytes(160 + 10)))),
    ];

    /// <summary>SRTP and SRTCP protected with keys the call never negotiated: well-formed, from a validated address.</summary>
    internal IReadOnlyList<byte[]> WrongKeySrtp(int count) =>
        Many(count, () => _random.Next(4) == 0 ? [0x80, 200, 0, 6, .. Bytes(24), 0x80, 0, 0, (byte)_random.Next(1, 255), .. Bytes(10)] : Rtp(Bytes(160 + 16)));

    /// <summary>A connectivity check the call's session accepts: right ufrags, MESSAGE-INTEGRITY keyed with its password.</summary>
    internal byte[] ValidCheck() => Check(_serverUfrag, Encoding.UTF8.GetBytes(_serverPassword));

    /// <summary>Sends <paramref name="datagrams"/> from <paramref name="socket"/> to <paramref name="port"/>, pausing
    /// every 100 until <paramref name="caughtUp"/> says the server has read them, so no test depends on how large the
    /// kernel's socket buffer is.</summary>
    internal static async Task SendAsync(UdpClient socket, IPEndPoint port, IEnumerable<byte[]> datagrams, Func<long, Task> caughtUp)
    {
        long sent = 0;
        foreach (var datagram in datagrams)
        {
            await socket.SendAsync(datagram, port);
            if (++sent % 100 == 0) await caughtUp(sent);
        }
        await caughtUp(sent);
    }

    private byte[] Check(string serverUfrag, byte[] key)
    {
        Span<byte> buffer = stackalloc byte[256];
        Span<byte> id = stackalloc byte[StunTransactionId.Length];
        _random.NextBytes(id);
        var writer = new StunWriter(buffer, StunMessageClass.Request, StunMethod.Binding, StunTransactionId.Read(id));
        writer.AddUsername(Encoding.UTF8.GetBytes($"{serverUfrag}:{_browserUfrag}"));
        writer.AddPriority(1853824767);
        writer.AddIceControlling((ulong)_random.NextInt64());
        writer.AddMessageIntegrity(key);
        writer.AddFingerprint();
        return writer.Written.ToArray();
    }

    private byte[] Rtp(byte[] payload)
    {
        var header = new byte[12];
        header[0] = 0x80;
        header[1] = (byte)(_random.Next(2) == 0 ? 0 : 8);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(2), (ushort)_random.Next(65536));
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), (uint)_random.NextInt64(uint.MaxValue));
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(8), (uint)_random.NextInt64(uint.MaxValue));
        return [.. header, .. payload];
    }

    private byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private static List<byte[]> Many(int count, Func<byte[]> make) => [.. Enumerable.Range(0, count).Select(_ => make())];
}
