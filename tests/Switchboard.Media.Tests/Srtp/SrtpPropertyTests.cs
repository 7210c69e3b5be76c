using CsCheck;
using Switchboard.Media.Srtp;
using static Switchboard.Media.Tests.Srtp.SrtpTestPackets;

namespace Switchboard.Media.Tests.Srtp;

public class SrtpPropertyTests
{
    private static readonly Gen<SrtpProfile> GenProfile = Gen.Bool.Select(gcm => gcm ? SrtpProfile.AeadAes128Gcm : SrtpProfile.AesCm128HmacSha1_80);

    [Fact]
    public void Random_bytes_never_throw_and_never_authenticate()
    {
        Gen.Select(GenProfile, Gen.Byte.Array[0, 300]).Sample((profile, bytes) =>
        {
            using var context = new SrtpContext(profile, Key(profile, 1));
            var rtp = context.UnprotectRtp((byte[])bytes.Clone());
            var rtcp = context.UnprotectRtcp((byte[])bytes.Clone());
            return !rtp.Succeeded && !rtcp.Succeeded && rtp.Length == 0 && rtcp.Length == 0;
        });
    }

    [Fact]
    public void Protect_never_throws_on_random_buffers()
    {
        Gen.Select(GenProfile, Gen.Byte.Array[0, 300], Gen.Int[-5, 310]).Sample((profile, bytes, length) =>
        {
            using var context = new SrtpContext(profile, Key(profile, 1));
            var rtp = context.ProtectRtp((byte[])bytes.Clone(), length);
            var rtcp = context.ProtectRtcp((byte[])bytes.Clone(), length);
            return (!rtp.Succeeded || rtp.Length <= bytes.Length) && (!rtcp.Succeeded || rtcp.Length <= bytes.Length);
        });
    }

    private static readonly Gen<byte[]> GenRtpPacket =
        Gen.Select(Gen.UShort, Gen.UInt, Gen.Int[0, 15], Gen.Int[-1, 4], Gen.Byte.Array[0, 300], Gen.Int[0, 255])
            .Select((seq, ssrc, csrcs, extension, payload, padding) =>
            {
                var padded = payload.Length > 0 && padding > 0;
                var packet = RtpPacket(seq, ssrc, payload.Length, csrcs, extension, padded ? padding : 0);
                var headerLength = packet.Length - payload.Length - (padded ? padding : 0);
                payload.CopyTo(packet, headerLength);
                return packet;
            });

    [Fact]
    public void Protect_then_unprotect_round_trips_any_valid_rtp_packet()
    {
        Gen.Select(GenProfile, GenRtpPacket).Sample((profile, plain) =>
        {
            var (sender, receiver) = Pair(profile);
            using (sender)
            using (receiver)
                return UnprotectRtp(receiver, ProtectRtp(sender, plain)) == Ok(plain);
        });
    }

    [Fact]
    public void Any_single_bit_flip_is_refused()
    {
        Gen.Select(GenProfile, GenRtpPacket, Gen.Int.NonNegative).Sample((profile, plain, bit) =>
        {
            var (sender, receiver) = Pair(profile);
            using (sender)
            using (receiver)
            {
                var srtp = ProtectRtp(sender, plain);
                var at = bit % (srtp.Length * 8);
                srtp[at / 8] ^= (byte)(1 << (at % 8));
                return UnprotectRtp(receiver, srtp).Failure != SrtpFailure.None;
            }
        });
    }
}
