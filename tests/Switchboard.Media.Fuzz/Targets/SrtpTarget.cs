using Switchboard.Media.Rtcp;
using Switchboard.Media.Srtp;

namespace Switchboard.Media.Fuzz.Targets;

/// <summary>
/// SRTP and SRTCP unprotect with fixed keys, for both profiles: each of the input's datagrams (see
/// <see cref="Datagrams"/>) is unprotected as RTP and as RTCP by fresh receiving contexts, so the replay window and
/// rollover estimate see the whole sequence. The seeds are real packets protected with the same keys, so mutations
/// start from packets that authenticate.
/// </summary>
internal static class SrtpTarget
{
    private static readonly byte[] Key = [.. Enumerable.Range(1, 16).Select(i => (byte)i)];
    private static readonly SrtpMasterKey CmKey = new(Key, [.. Enumerable.Range(100, 14).Select(i => (byte)i)]);
    private static readonly SrtpMasterKey GcmKey = new(Key, [.. Enumerable.Range(100, 12).Select(i => (byte)i)]);

    internal static void Run(ReadOnlySpan<byte> data)
    {
        using var cmRtp = new SrtpContext(SrtpProfile.AesCm128HmacSha1_80, CmKey);
        using var cmRtcp = new SrtpContext(SrtpProfile.AesCm128HmacSha1_80, CmKey);
        using var gcmRtp = new SrtpContext(SrtpProfile.AeadAes128Gcm, GcmKey);
        using var gcmRtcp = new SrtpContext(SrtpProfile.AeadAes128Gcm, GcmKey);
        var scratch = new byte[ushort.MaxValue];
        Datagrams.ForEach(data, datagram =>
        {
            Check(cmRtp.UnprotectRtp(Copy(datagram, scratch)), datagram);
            Check(cmRtcp.UnprotectRtcp(Copy(datagram, scratch)), datagram);
            Check(gcmRtp.UnprotectRtp(Copy(datagram, scratch)), datagram);
            Check(gcmRtcp.UnprotectRtcp(Copy(datagram, scratch)), datagram);
        });
        _ = (cmRtp.Statistics, gcmRtcp.Statistics);
    }

    internal static IEnumerable<byte[]> Seeds()
    {
        foreach (var (profile, key) in new[] { (SrtpProfile.AesCm128HmacSha1_80, CmKey), (SrtpProfile.AeadAes128Gcm, GcmKey) })
        {
            using var rtp = new SrtpContext(profile, key);
            using var rtcp = new SrtpContext(profile, key);
            using var wrapping = new SrtpContext(profile, key);
            // In order, a replay of the second packet, then a report; and a stream wrapping its sequence number.
            yield return Datagrams.Join(Protect(rtp, Rtp(1)), Protect(rtp, Rtp(2)), Protect(rtp, Rtp(2)), Protect(rtcp, SenderReport()));
            yield return Datagrams.Join(Protect(wrapping, Rtp(65535)), Protect(wrapping, Rtp(0)), Protect(wrapping, Rtp(65534)));
        }
    }

    private static Span<byte> Copy(ReadOnlySpan<byte> datagram, byte[] scratch)
    {
        datagram.CopyTo(scratch);
        return scratch.AsSpan(0, datagram.Length);
    }

    /// <summary>A plain length must fit inside what came in; anything else would hand the leg bytes that were never sent.</summary>
    private static void Check(SrtpResult result, ReadOnlySpan<byte> datagram)
    {
        if (result.Succeeded && (result.Length < 0 || result.Length > datagram.Length))
            throw new InvalidOperationException($"unprotect returned length {result.Length} for a {datagram.Length}-byte datagram");
    }

    private static byte[] Protect(SrtpContext context, byte[] plain)
    {
        var buffer = new byte[plain.Length + 64];
        plain.CopyTo(buffer, 0);
        var result = plain[1] is >= 192 and <= 223 ? context.ProtectRtcp(buffer, plain.Length) : context.ProtectRtp(buffer, plain.Length);
        if (!result.Succeeded) throw new InvalidOperationException($"seed not protected: {result.Failure}");
        return buffer[..result.Length];
    }

    private static byte[] Rtp(ushort sequence) =>
        [0x80, 0x00, (byte)(sequence >> 8), (byte)sequence, 0, 0, 0x0F, 0xA0, 0xDE, 0xAD, 0xBE, 0xEF, .. new byte[160]];

    private static byte[] SenderReport()
    {
        var buffer = new byte[256];
        var writer = new RtcpCompoundWriter(buffer);
        writer.TryWriteSenderReport(0xDEADBEEF, new RtcpSenderInfo { NtpTimestamp = 1, RtpTimestamp = 160, PacketCount = 1, OctetCount = 160 }, []);
        writer.TryWriteSourceDescription(0xDEADBEEF, "fuzz");
        return buffer[..writer.Written];
    }
}
