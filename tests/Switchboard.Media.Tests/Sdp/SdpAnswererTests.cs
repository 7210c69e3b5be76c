using Switchboard.Media.Dtls;
using Switchboard.Media.Sdp;

namespace Switchboard.Media.Tests.Sdp;

public class SdpAnswererTests
{
    private static readonly DtlsFingerprint Ours = DtlsCertificate.Generate().Fingerprint;

    private static readonly SdpCandidate Host = new("1", 1, "udp", 2130706431, "127.0.0.1", 50000, "host");

    private static SdpAnswerOptions Options => new()
    {
        IceUfrag = "sbUf", IcePwd = "switchboardIcePassword22", Fingerprint = Ours, Candidates = [Host], SessionId = "123456",
    };

    private static SdpSessionDescription Parse(string text)
    {
        Assert.True(SdpParser.TryParse(text, out var description, out var error), error);
        return description!;
    }

    [Fact]
    public void Answers_chromium_with_pcmu_telephone_event_ice_lite_and_passive_setup()
    {
        var result = SdpAnswerer.Answer(Parse(ChromiumOffers.Default), Options);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(ChromiumOffers.Crlf($"""
            v=0
            o=- 123456 2 IN IP4 127.0.0.1
            s=-
            t=0 0
            a=group:BUNDLE 0
            a=ice-lite
            m=audio 50000 UDP/TLS/RTP/SAVPF 0 126
            c=IN IP4 127.0.0.1
            a=mid:0
            a=ice-ufrag:sbUf
            a=ice-pwd:switchboardIcePassword22
            a=fingerprint:{Ours}
            a=setup:passive
            a=sendrecv
            a=rtcp-mux
            a=rtpmap:0 PCMU/8000
            a=rtpmap:126 telephone-event/8000
            a=fmtp:126 0-15
            a=ptime:20
            a=candidate:1 1 udp 2130706431 127.0.0.1 50000 typ host
            a=end-of-candidates
            """), result.Answer!.ToString());
        var audio = result.Audio!;
        Assert.Equal((SdpAudioCodec.Pcmu, 0, 126, DtlsRole.Server), (audio.Codec, audio.PayloadType, audio.TelephoneEventPayloadType, audio.DtlsRole));
        Assert.Equal(("Xk3v", "fG7hJ2kL9mN4pQ8rS1tU6vW0", "0"), (audio.RemoteIceUfrag, audio.RemoteIcePwd, audio.Mid));
        Assert.Equal(ChromiumOffers.Fingerprint, Assert.Single(audio.RemoteFingerprints).ToString());
        Assert.Equal(2, audio.RemoteCandidates.Count);
    }

    [Fact]
    public void The_answer_parses_back_to_what_was_agreed()
    {
        var answer = SdpAnswerer.Answer(Parse(ChromiumOffers.Default), Options).Answer!;

        var back = Parse(answer.ToString());

        Assert.True(back.IceLite);
        var audio = Assert.Single(back.Media);
        Assert.Equal(SdpSetup.Passive, audio.Setup);
        Assert.Equal(Ours, Assert.Single(audio.Fingerprints));
        Assert.Equal(Host, Assert.Single(audio.Candidates));
        Assert.True(audio.EndOfCandidates && audio.RtcpMux);
        Assert.Equal(20, audio.Ptime);
    }

    public static TheoryData<string, SdpAudioCodec[], SdpCodecChoice, SdpAudioCodec> Codecs => new()
    {
        { "default offer, both allowed", [SdpAudioCodec.Pcmu, SdpAudioCodec.Pcma], SdpCodecChoice.Offerer, SdpAudioCodec.Pcmu },
        { "default offer, PCMA only", [SdpAudioCodec.Pcma], SdpCodecChoice.Offerer, SdpAudioCodec.Pcma },
        { "PCMA first, both allowed", [SdpAudioCodec.Pcmu, SdpAudioCodec.Pcma], SdpCodecChoice.Offerer, SdpAudioCodec.Pcma },
        { "PCMA first, PCMU only", [SdpAudioCodec.Pcmu], SdpCodecChoice.Offerer, SdpAudioCodec.Pcmu },
        { "PCMA first, our order decides", [SdpAudioCodec.Pcmu, SdpAudioCodec.Pcma], SdpCodecChoice.Answerer, SdpAudioCodec.Pcmu },
    };

    [Theory]
    [MemberData(nameof(Codecs))]
    public void Picks_one_g711_codec(string name, SdpAudioCodec[] allowed, SdpCodecChoice choice, SdpAudioCodec expected)
    {
        var offer = name.StartsWith("PCMA first", StringComparison.Ordinal) ? ChromiumOffers.PcmaFirst : ChromiumOffers.Default;

        var result = SdpAnswerer.Answer(Parse(offer), Options with { Codecs = allowed, CodecChoice = choice });

        Assert.Equal(expected, result.Audio!.Codec);
        Assert.Equal([((int)expected).ToString(), "126"], result.Answer!.Media[0].Formats);
    }

    [Fact]
    public void Telephone_event_is_left_out_when_not_wanted_or_not_offered_at_8000()
    {
        var notWanted = SdpAnswerer.Answer(Parse(ChromiumOffers.Default), Options with { TelephoneEvent = false });
        var only48k = SdpAnswerer.Answer(Parse(ChromiumOffers.Default.Replace("126 telephone-event/8000", "126 telephone-event/16000")), Options);

        Assert.Equal(["0"], notWanted.Answer!.Media[0].Formats);
        Assert.Null(notWanted.Audio!.TelephoneEventPayloadType);
        Assert.Null(only48k.Audio!.TelephoneEventPayloadType);
    }

    public static TheoryData<string, SdpSetup, string, DtlsRole> Setups => new()
    {
        { "actpass", SdpSetup.Passive, "passive", DtlsRole.Server },
        { "actpass", SdpSetup.Active, "active", DtlsRole.Client },
        { "active", SdpSetup.Active, "passive", DtlsRole.Server },
        { "passive", SdpSetup.Passive, "active", DtlsRole.Client },
    };

    [Theory]
    [MemberData(nameof(Setups))]
    public void Takes_the_dtls_role_the_offer_leaves(string offered, SdpSetup preferred, string answered, DtlsRole role)
    {
        var result = SdpAnswerer.Answer(Parse(ChromiumOffers.Default.Replace("a=setup:actpass", $"a=setup:{offered}")), Options with { Setup = preferred });

        Assert.Equal(answered, result.Answer!.Media[0].Attributes.Single(a => a.Name == "setup").Value);
        Assert.Equal(role, result.Audio!.DtlsRole);
    }

    [Fact]
    public void An_offer_without_setup_is_taken_as_active_so_we_are_passive()
    {
        var result = SdpAnswerer.Answer(Parse(ChromiumOffers.Default.Replace("a=setup:actpass\r\n", "")), Options with { Setup = SdpSetup.Active });

        Assert.Equal(DtlsRole.Server, result.Audio!.DtlsRole);
    }

    public static TheoryData<string, string> Directions => new()
    {
        { "sendrecv", "sendrecv" }, { "sendonly", "recvonly" }, { "recvonly", "sendonly" }, { "inactive", "inactive" },
    };

    [Theory]
    [MemberData(nameof(Directions))]
    public void Mirrors_the_offered_direction(string offered, string answered)
    {
        var result = SdpAnswerer.Answer(Parse(ChromiumOffers.Default.Replace("a=sendrecv", $"a={offered}")), Options);

        Assert.Contains(result.Answer!.Media[0].Attributes, a => a.Name == answered && a.Value is null);
    }

    public static TheoryData<string, string, string, string> Refusals => new()
    {
        { "no audio section", "m=audio 46243", "m=video 46243", "no audio section" },
        { "only opus", "111 63 9 0 8 13 110 126", "111 110", "no codec we accept (PCMU, PCMA); it offers opus/48000, red/48000, G722/8000" },
        { "PCMU renamed on PT 0", "a=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000", "a=rtpmap:0 opus/8000\r\na=rtpmap:8 G729/8000", "no codec we accept" },
        { "no fingerprint", $"a=fingerprint:{ChromiumOffers.Fingerprint}\r\n", "", "no usable a=fingerprint" },
        { "unparseable fingerprint", "a=fingerprint:sha-256 6B:8B", "a=fingerprint:sha-256 6B:8B:ZZ", "no usable a=fingerprint" },
        { "no ice ufrag", "a=ice-ufrag:Xk3v\r\n", "", "no ICE credentials" },
        { "no ice password", "a=ice-pwd:fG7hJ2kL9mN4pQ8rS1tU6vW0\r\n", "", "no ICE credentials" },
        { "no rtcp-mux", "a=rtcp-mux\r\n", "", "rtcp-mux" },
        { "holdconn", "a=setup:actpass", "a=setup:holdconn", "holdconn" },
        { "unknown setup", "a=setup:actpass", "a=setup:sometimes", "a=setup:sometimes is not actpass, active, passive or holdconn" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Refuses_offers_it_cannot_serve_with_a_clear_error(string name, string find, string replace, string error)
    {
        var offer = ChromiumOffers.Default.Replace(find, replace);
        Assert.NotEqual(ChromiumOffers.Default, offer);

        var result = SdpAnswerer.Answer(Parse(offer), Options);

        Assert.False(result.Succeeded, name);
        Assert.Null(result.Audio);
        Assert.Contains(error, result.Error);
    }

    [Fact]
    public void Other_sections_are_rejected_with_port_zero_and_left_out_of_the_bundle()
    {
        var withVideo = ChromiumOffers.Default.Replace("a=group:BUNDLE 0", "a=group:BUNDLE 0 1")
            + "m=video 9 UDP/TLS/RTP/SAVPF 96\r\nc=IN IP4 0.0.0.0\r\na=mid:1\r\na=rtpmap:96 VP8/90000\r\n";

        var answer = SdpAnswerer.Answer(Parse(withVideo), Options).Answer!;

        Assert.Equal(2, answer.Media.Count);
        Assert.Equal(("video", 0, "1"), (answer.Media[1].Media, answer.Media[1].Port, answer.Media[1].Mid));
        Assert.Equal(["0"], answer.BundleMids);
    }

    [Fact]
    public void Without_candidates_the_media_line_uses_the_discard_port()
    {
        var answer = SdpAnswerer.Answer(Parse(ChromiumOffers.Default), Options with { Candidates = [], Ssrc = 42, CName = "sb" }).Answer!;

        Assert.Equal(9, answer.Media[0].Port);
        Assert.Equal("IN IP4 0.0.0.0", answer.Media[0].Lines[0].Value);
        Assert.Contains(new SdpAttribute("ssrc", "42 cname:sb"), answer.Media[0].Attributes);
    }
}
