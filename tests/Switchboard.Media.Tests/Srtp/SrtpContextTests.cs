using Switchboard.Media.Srtp;
using static Switchboard.Media.Tests.Srtp.SrtpTestPackets;

namespace Switchboard.Media.Tests.Srtp;

public class SrtpContextTests
{
    public static TheoryData<SrtpProfile> BothProfiles => new(Profiles);

    public static TheoryData<SrtpProfile, string, byte[]> Shapes()
    {
        var data = new TheoryData<SrtpProfile, string, byte[]>();
        foreach (var profile in Profiles)
        {
            data.Add(profile, "PCMU 20 ms", RtpPacket(1000));
            data.Add(profile, "two CSRCs", RtpPacket(1001, csrcs: 2));
            data.Add(profile, "header extension", RtpPacket(1002, extensionWords: 2));
            data.Add(profile, "CSRCs and extension", RtpPacket(1003, csrcs: 3, extensionWords: 1));
            data.Add(profile, "padding", RtpPacket(1004, payloadLength: 13, padding: 3));
            data.Add(profile, "empty payload", RtpPacket(1005, payloadLength: 0));
            data.Add(profile, "odd length", RtpPacket(1006, payloadLength: 33));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Rtp_round_trips_and_the_payload_is_hidden(SrtpProfile profile, string shape, byte[] plain)
    {
        var (sender, receiver) = Pair(profile);
        using (sender)
        using (receiver)
        {
            var srtp = ProtectRtp(sender, plain);
            Assert.True(Switchboard.Media.Rtp.RtpHeader.TryRead(plain, out var header));
            var payload = new Range(header.Length, plain.Length);

            Assert.Equal(plain.Length + sender.RtpOverhead, srtp.Length);
            Assert.True(plain.AsSpan(0, header.Length).SequenceEqual(srtp.AsSpan(0, header.Length)), $"{shape}: header in clear");
            if (header.Length < plain.Length)
                Assert.False(plain.AsSpan()[payload].SequenceEqual(srtp.AsSpan()[payload]), $"{shape}: payload encrypted");
            Assert.Equal(Ok(plain), UnprotectRtp(receiver, srtp));
        }
    }

    [Theory]
    [MemberData(nameof(BothProfiles))]
    public void Rtcp_round_trips_encrypted(SrtpProfile profile)
    {
        var (sender, receiver) = Pair(profile);
        using (sender)
        using (receiver)
        {
            var plain = RtcpPacket();
            var srtcp = ProtectRtcp(sender, plain);

            Assert.Equal(plain.Length + sender.RtcpOverhead, srtcp.Length);
            Assert.False(plain.AsSpan(8).SequenceEqual(srtcp.AsSpan(8, plain.Length - 8)));
            Assert.Equal(Ok(plain), UnprotectRtcp(receiver, srtcp));
        }
    }

    public static TheoryData<SrtpProfile, string, int> TamperedBytes()
    {
        var data = new TheoryData<SrtpProfile, string, int>();
        foreach (var profile in Profiles)
        {
            data.Add(profile, "marker/payload type", 1);
            data.Add(profile, "timestamp", 5);
            data.Add(profile, "first payload byte", 12);
            data.Add(profile, "last payload byte", 171);
            data.Add(profile, "tag", 173);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(TamperedBytes))]
    public void A_tampered_byte_fails_authentication(SrtpProfile profile, string where, int offset)
    {
        var (sender, receiver) = Pair(profile);
        using (sender)
        using (receiver)
        {
            var srtp = ProtectRtp(sender, RtpPacket(7));
            srtp[offset] ^= 0x01;

            Assert.True(UnprotectRtp(receiver, srtp).Failure == SrtpFailure.AuthenticationFailed, where);
            Assert.Equal(1, receiver.Statistics.AuthenticationFailures);
            Assert.Equal(0, receiver.Statistics.Unprotected);
        }
    }

    [Theory]
    [MemberData(nameof(BothProfiles))]
    public void A_tampered_rtcp_packet_fails_authentication(SrtpProfile profile)
    {
        var (sender, receiver) = Pair(profile);
        using (sender)
        using (receiver)
        {
            var srtcp = ProtectRtcp(sender, RtcpPacket());
            srtcp[20] ^= 0x80;

            Assert.Equal(SrtpFailure.AuthenticationFailed, UnprotectRtcp(receiver, srtcp).Failure);
        }
    }

    [Theory]
    [MemberData(nameof(BothProfiles))]
    public void A_wrong_key_fails_and_does_not_disturb_the_stream(SrtpProfile profile)
    {
        using var sender = new SrtpContext(profile, Key(profile, 1));
        using var stranger = new SrtpContext(profile, Key(profile, 2));
        using var receiver = new SrtpContext(profile, Key(profile, 1));

        var forged = ProtectRtp(stranger, RtpPacket(500));
        var genuine = ProtectRtp(sender, RtpPacket(500));

        Assert.Equal(SrtpFailure.AuthenticationFailed, UnprotectRtp(receiver, forged).Failure);
        Assert.Equal(SrtpFailure.AuthenticationFailed, UnprotectRtcp(receiver, ProtectRtcp(stranger, RtcpPacket())).Failure);
        Assert.Equal(Ok(RtpPacket(500)), UnprotectRtp(receiver, genuine));
    }

    [Theory]
    [MemberData(nameof(BothProfiles))]
    public void A_replayed_packet_is_refused_as_a_replay(SrtpProfile profile)
    {
        var (sender, receiver) = Pair(profile);
        using (sender)
        using (receiver)
        {
            var first = ProtectRtp(sender, RtpPacket(10));
            var second = ProtectRtp(sender, RtpPacket(11));
            var rtcp = ProtectRtcp(sender, RtcpPacket());

            Assert.Equal(SrtpFailure.None, UnprotectRtp(receiver, first).Failure);
            Assert.Equal(SrtpFailure.None, UnprotectRtp(receiver, second).Failure);
            Assert.Equal(SrtpFailure.Replayed, UnprotectRtp(receiver, first).Failure);
            Assert.Equal(SrtpFailure.Replayed, UnprotectRtp(receiver, second).Failure);
            Assert.Equal(SrtpFailure.None, UnprotectRtcp(receiver, rtcp).Failure);
            Assert.Equal(SrtpFailure.Replayed, UnprotectRtcp(receiver, rtcp).Failure);
            Assert.Equal(new SrtpStatistics(0, 3, 0, 0, 3, 0), receiver.Statistics);
        }
    }

    [Theory]
    [MemberData(nameof(BothProfiles))]
    public void Reordered_packets_inside_the_window_are_accepted_once(SrtpProfile profile)
    {
        var (sender, receiver) = Pair(profile);
        using (sender)
        using (receiver)
        {
            var packets = Enumerable.Range(100, 5).Select(seq => ProtectRtp(sender, RtpPacket((ushort)seq))).ToArray();

            foreach (var i in new[] { 0, 3, 1, 4, 2 })
                Assert.Equal(SrtpFailure.None, UnprotectRtp(receiver, packets[i]).Failure);
            Assert.All(packets, packet => Assert.Equal(SrtpFailure.Replayed, UnprotectRtp(receiver, packet).Failure));
        }
    }

    [Theory]
    [MemberData(nameof(BothProfiles))]
    public void A_packet_older_than_the_window_is_refused(SrtpProfile profile)
    {
        var (sender, receiver) = Pair(profile);
        using (sender)
        using (receiver)
        {
            var old = ProtectRtp(sender, RtpPacket(1));
            var edge = ProtectRtp(sender, RtpPacket((ushort)(200 - ReplayWindow.Size + 1)));
            var latest = ProtectRtp(sender, RtpPacket(200));

            Assert.Equal(SrtpFailure.None, UnprotectRtp(receiver, latest).Failure);
            Assert.Equal(SrtpFailure.TooOld, UnprotectRtp(receiver, old).Failure);
            Assert.Equal(SrtpFailure.None, UnprotectRtp(receiver, edge).Failure);
            Assert.Equal(1, receiver.Statistics.TooOld);
        }
    }

    [Theory]
    [MemberData(nameof(BothProfiles))]
    public void The_sequence_wrap_carries_into_the_rollover_counter(SrtpProfile profile)
    {
        var (sender, receiver) = Pair(profile);
        using (sender)
        using (receiver)
        {
            ushort[] sequence = [65533, 65534, 65535, 0, 1, 2];
            var packets = sequence.Select(seq => ProtectRtp(sender, RtpPacket(seq))).ToArray();
            // A receiver that did not carry the ROC would derive the wrong keystream and tag for 0, 1, 2.

            Assert.All(packets.Zip(sequence), p => Assert.Equal(Ok(RtpPacket(p.Second)), UnprotectRtp(receiver, p.First)));
        }
    }

    [Theory]
    [MemberData(nameof(BothProfiles))]
    public void A_late_packet_from_before_the_wrap_keeps_the_old_rollover_counter(SrtpProfile profile)
    {
        var (sender, receiver) = Pair(profile);
        using (sender)
        using (receiver)
        {
            var beforeWrap = ProtectRtp(sender, RtpPacket(65535));
            var afterWrap = ProtectRtp(sender, RtpPacket(0));
            var next = ProtectRtp(sender, RtpPacket(1));
            var late = ProtectRtp(sender, RtpPacket(65534)); // sent late, still of the first rollover period

            Assert.Equal(SrtpFailure.None, UnprotectRtp(receiver, beforeWrap).Failure);
            Assert.Equal(SrtpFailure.None, UnprotectRtp(receiver, afterWrap).Failure);
            Assert.Equal(SrtpFailure.None, UnprotectRtp(receiver, next).Failure);
            Assert.Equal(Ok(RtpPacket(65534)), UnprotectRtp(receiver, late));
        }
    }

    [Theory]
    [MemberData(nameof(BothProfiles))]
    public void Streams_of_different_ssrcs_keep_their_own_state(SrtpProfile profile)
    {
        var (sender, receiver) = Pair(profile);
        using (sender)
        using (receiver)
        {
            var a = ProtectRtp(sender, RtpPacket(40_000, ssrc: 1));
            var b = ProtectRtp(sender, RtpPacket(5, ssrc: 2));

            Assert.Equal(SrtpFailure.None, UnprotectRtp(receiver, a).Failure);
            Assert.Equal(SrtpFailure.None, UnprotectRtp(receiver, b).Failure);
        }
    }

    public static TheoryData<SrtpProfile, string, byte[]> MalformedSrtp()
    {
        var data = new TheoryData<SrtpProfile, string, byte[]>();
        foreach (var profile in Profiles)
        {
            data.Add(profile, "empty", []);
            data.Add(profile, "shorter than the fixed header", new byte[11]);
            data.Add(profile, "version 1", [0x40, .. new byte[40]]);
            data.Add(profile, "header only, no room for a tag", RtpPacket(1, payloadLength: 0));
            data.Add(profile, "CSRC list past the end", [0x8F, 0, 0, 1, .. new byte[8]]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(MalformedSrtp))]
    public void Malformed_srtp_is_refused_and_counted(SrtpProfile profile, string name, byte[] packet)
    {
        using var receiver = new SrtpContext(profile, Key(profile, 1));

        Assert.True(receiver.UnprotectRtp(packet).Failure == SrtpFailure.Malformed, name);
        Assert.True(receiver.UnprotectRtcp(packet).Failure == SrtpFailure.Malformed, name);
        Assert.Equal(2, receiver.Statistics.Malformed);
    }

    [Theory]
    [MemberData(nameof(BothProfiles))]
    public void Protect_refuses_a_buffer_without_room_for_the_tag(SrtpProfile profile)
    {
        using var sender = new SrtpContext(profile, Key(profile, 1));
        var packet = RtpPacket(1);
        var rtcp = RtcpPacket();

        Assert.Equal(SrtpFailure.BufferTooSmall, sender.ProtectRtp(packet, packet.Length).Failure);
        Assert.Equal(SrtpFailure.BufferTooSmall, sender.ProtectRtcp(rtcp, rtcp.Length).Failure);
        Assert.Equal(SrtpFailure.Malformed, sender.ProtectRtp(packet, packet.Length + 1).Failure);
        Assert.Equal(SrtpFailure.Malformed, sender.ProtectRtp(packet, -1).Failure);
        Assert.Equal(RtpPacket(1), packet);
    }

    [Theory]
    [MemberData(nameof(BothProfiles))]
    public void Protect_and_unprotect_allocate_nothing_after_the_first_packet(SrtpProfile profile)
    {
        var (sender, receiver) = Pair(profile);
        using (sender)
        using (receiver)
        {
            var buffer = new byte[200];
            var plain = RtpPacket(0);
            var rtcp = RtcpPacket();
            void RoundTrip(ushort seq)
            {
                plain.CopyTo(buffer, 0);
                buffer[2] = (byte)(seq >> 8);
                buffer[3] = (byte)seq;
                var protectedLength = sender.ProtectRtp(buffer, plain.Length).Length;
                Assert.True(receiver.UnprotectRtp(buffer.AsSpan(0, protectedLength)).Succeeded);
                rtcp.CopyTo(buffer, 0);
                var rtcpLength = sender.ProtectRtcp(buffer, rtcp.Length).Length;
                Assert.True(receiver.UnprotectRtcp(buffer.AsSpan(0, rtcpLength)).Succeeded);
            }
            for (ushort seq = 0; seq < 10; seq++) RoundTrip(seq);

            var before = GC.GetAllocatedBytesForCurrentThread();
            for (ushort seq = 10; seq < 1010; seq++) RoundTrip(seq);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.Equal(0, allocated);
        }
    }

    [Theory]
    [MemberData(nameof(BothProfiles))]
    public void A_session_pairs_local_and_remote_keys_crosswise(SrtpProfile profile)
    {
        var a = Key(profile, 1);
        var b = Key(profile, 50);
        using var caller = new SrtpSession(new SrtpKeyingMaterial(profile, Local: a, Remote: b));
        using var callee = new SrtpSession(new SrtpKeyingMaterial(profile, Local: b, Remote: a));

        Assert.Equal(Ok(RtpPacket(3)), UnprotectRtp(callee.Inbound, ProtectRtp(caller.Outbound, RtpPacket(3))));
        Assert.Equal(Ok(RtpPacket(9)), UnprotectRtp(caller.Inbound, ProtectRtp(callee.Outbound, RtpPacket(9))));
        Assert.Equal(SrtpFailure.AuthenticationFailed, UnprotectRtp(caller.Inbound, ProtectRtp(caller.Outbound, RtpPacket(4))).Failure);
    }

    [Fact]
    public void Keys_of_the_wrong_length_are_refused_when_the_context_is_built()
    {
        var cmKey = Key(SrtpProfile.AesCm128HmacSha1_80, 1);

        Assert.Throws<ArgumentException>(() => new SrtpContext(SrtpProfile.AeadAes128Gcm, cmKey));
        Assert.Throws<ArgumentException>(() => new SrtpContext((SrtpProfile)0x0008, cmKey));
    }
}
