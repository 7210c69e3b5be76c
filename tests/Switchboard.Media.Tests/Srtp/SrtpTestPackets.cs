using System.Buffers.Binary;
using Switchboard.Media.Srtp;

namespace Switchboard.Media.Tests.Srtp;

/// <summary>Plain RTP and RTCP packets and keyed context pairs for the SRTP tests.</summary>
internal static class SrtpTestPackets
{
    public static readonly SrtpProfile[] Profiles = [SrtpProfile.AesCm128HmacSha1_80, SrtpProfile.AeadAes128Gcm];

    public static SrtpMasterKey Key(SrtpProfile profile, byte seed) => new(
        Enumerable.Range(seed, 16).Select(i => (byte)i).ToArray(),
        Enumerable.Range(seed + 100, profile == SrtpProfile.AeadAes128Gcm ? 12 : 14).Select(i => (byte)i).ToArray());

    /// <summary>A sender and a receiver sharing one master key, as the two ends of a call see it.</summary>
    public static (SrtpContext Sender, SrtpContext Receiver) Pair(SrtpProfile profile, byte seed = 1) =>
        (new SrtpContext(profile, Key(profile, seed)), new SrtpContext(profile, Key(profile, seed)));

    /// <summary>A PCMU-like RTP packet: 12-byte header, optional CSRCs, one-byte-header extension and padding.</summary>
    public static byte[] RtpPacket(ushort sequence, uint ssrc = 0x1234_5678, int payloadLength = 160, int csrcs = 0,
        int extensionWords = -1, int padding = 0, byte fill = 0xD5)
    {
        var extension = extensionWords >= 0;
        var length = 12 + 4 * csrcs + (extension ? 4 + 4 * extensionWords : 0) + payloadLength + padding;
        var packet = new byte[length];
        packet[0] = (byte)(0x80 | (padding > 0 ? 0x20 : 0) | (extension ? 0x10 : 0) | csrcs);
        packet[1] = 0;
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(2), sequence);
        BinaryPrimitives.WriteUInt32BigEndian(packet.AsSpan(4), sequence * 160u);
        BinaryPrimitives.WriteUInt32BigEndian(packet.AsSpan(8), ssrc);
        var offset = 12;
        for (var i = 0; i < csrcs; i++, offset += 4) BinaryPrimitives.WriteUInt32BigEndian(packet.AsSpan(offset), 0xC0DE_0000u + (uint)i);
        if (extension)
        {
            packet[offset] = 0xBE;
            packet[offset + 1] = 0xDE;
            BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(offset + 2), (ushort)extensionWords);
            packet.AsSpan(offset + 4, 4 * extensionWords).Fill(0x11);
            offset += 4 + 4 * extensionWords;
        }
        packet.AsSpan(offset, payloadLength).Fill(fill);
        if (padding > 0) packet[^1] = (byte)padding;
        return packet;
    }

    /// <summary>An RTCP receiver report with one report block.</summary>
    public static byte[] RtcpPacket(uint ssrc = 0x1234_5678)
    {
        var packet = new byte[32];
        packet[0] = 0x81;
        packet[1] = 201;
        BinaryPrimitives.WriteUInt16BigEndian(packet.AsSpan(2), 7);
        BinaryPrimitives.WriteUInt32BigEndian(packet.AsSpan(4), ssrc);
        for (var i = 8; i < packet.Length; i++) packet[i] = (byte)i;
        return packet;
    }

    /// <summary>Protects a copy of <paramref name="plain"/> and returns exactly the SRTP bytes.</summary>
    public static byte[] ProtectRtp(SrtpContext sender, byte[] plain)
    {
        var buffer = new byte[plain.Length + sender.RtpOverhead];
        plain.CopyTo(buffer, 0);
        var result = sender.ProtectRtp(buffer, plain.Length);
        Assert.True(result.Succeeded, result.Failure.ToString());
        return buffer[..result.Length];
    }

    public static byte[] ProtectRtcp(SrtpContext sender, byte[] plain)
    {
        var buffer = new byte[plain.Length + sender.RtcpOverhead];
        plain.CopyTo(buffer, 0);
        var result = sender.ProtectRtcp(buffer, plain.Length);
        Assert.True(result.Succeeded, result.Failure.ToString());
        return buffer[..result.Length];
    }

    /// <summary>Unprotects a copy and returns the outcome and the plain bytes in hex (empty on failure).</summary>
    public static (SrtpFailure Failure, string Plain) UnprotectRtp(SrtpContext receiver, byte[] srtp)
    {
        var copy = (byte[])srtp.Clone();
        var result = receiver.UnprotectRtp(copy);
        return (result.Failure, Convert.ToHexString(copy, 0, result.Length));
    }

    public static (SrtpFailure Failure, string Plain) UnprotectRtcp(SrtpContext receiver, byte[] srtcp)
    {
        var copy = (byte[])srtcp.Clone();
        var result = receiver.UnprotectRtcp(copy);
        return (result.Failure, Convert.ToHexString(copy, 0, result.Length));
    }

    /// <summary>What a successful unprotect of <paramref name="plain"/> returns.</summary>
    public static (SrtpFailure Failure, string Plain) Ok(byte[] plain) => (SrtpFailure.None, Convert.ToHexString(plain));
}
