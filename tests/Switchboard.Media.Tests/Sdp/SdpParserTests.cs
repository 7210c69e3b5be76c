using CsCheck;
using Switchboard.Media.Sdp;

namespace Switchboard.Media.Tests.Sdp;

public class SdpParserTests
{
    [Fact]
    public void Reads_a_chromium_audio_offer()
    {
        Assert.True(SdpParser.TryParse(ChromiumOffers.Default, out var offer, out var error), error);

        Assert.Equal(["0"], offer!.BundleMids);
        var audio = Assert.Single(offer.Media);
        Assert.Equal(("audio", 46243, "UDP/TLS/RTP/SAVPF"), (audio.Media, audio.Port, audio.Protocol));
        Assert.Equal(["111", "63", "9", "0", "8", "13", "110", "126"], audio.Formats);
        Assert.Equal(("0", "Xk3v", "fG7hJ2kL9mN4pQ8rS1tU6vW0"), (audio.Mid, offer.IceUfragFor(audio), offer.IcePwdFor(audio)));
        Assert.Equal(SdpSetup.ActPass, offer.SetupFor(audio));
        Assert.Equal(ChromiumOffers.Fingerprint, Assert.Single(offer.FingerprintsFor(audio)).ToString());
        Assert.True(audio.RtcpMux);
        Assert.Equal(SdpDirection.SendRecv, audio.Direction);
        Assert.Contains(new SdpRtpMap(126, "telephone-event", 8000), audio.RtpMaps);
        Assert.Contains(new SdpRtpMap(111, "opus", 48000, 2), audio.RtpMaps);
        Assert.Equal([new SdpFmtp(111, "minptime=10;useinbandfec=1"), new SdpFmtp(63, "111/111")], audio.Fmtps);
        Assert.Equal(2, audio.Candidates.Count());
        Assert.Equal(4, audio.Attributes.Count(a => a.Name == "extmap"));
        Assert.Equal(2, audio.Attributes.Count(a => a.Name == "ssrc"));
        Assert.Equal(new SdpLine('c', "IN IP4 127.0.0.1"), Assert.Single(audio.Lines));
        Assert.False(offer.IceLite);
    }

    [Fact]
    public void Writing_a_parsed_offer_gives_back_the_same_text()
    {
        Assert.True(SdpParser.TryParse(ChromiumOffers.Default, out var offer, out _));

        Assert.Equal(ChromiumOffers.Default, offer!.ToString());
    }

    [Fact]
    public void Accepts_lf_line_endings_and_a_missing_final_newline()
    {
        var lf = ChromiumOffers.Default.Replace("\r\n", "\n").TrimEnd('\n');

        Assert.True(SdpParser.TryParse(lf, out var offer, out var error), error);

        Assert.Equal(ChromiumOffers.Default, offer!.ToString());
    }

    [Fact]
    public void Direction_is_the_written_one_and_sendrecv_by_default()
    {
        Assert.True(SdpParser.TryParse(ChromiumOffers.Default.Replace("a=sendrecv", "a=recvonly"), out var recvOnly, out _));
        Assert.True(SdpParser.TryParse(ChromiumOffers.Default.Replace("a=sendrecv\r\n", ""), out var none, out _));

        Assert.Equal(SdpDirection.RecvOnly, recvOnly!.Media[0].Direction);
        Assert.Equal(SdpDirection.SendRecv, none!.Media[0].Direction);
    }

    public static TheoryData<string, string, string> Malformed => new()
    {
        { "empty", "", "empty SDP" },
        { "blank lines only", "\r\n\r\n", "empty SDP" },
        { "not starting with v=0", "o=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\n", "line 1: SDP must start with v=0" },
        { "version 1", "v=1\r\n", "must start with v=0" },
        { "no equals sign", "v=0\r\nhello\r\n", "line 2: expected <type>=<value>" },
        { "upper-case type", "v=0\r\nO=- 1 2 IN IP4 127.0.0.1\r\n", "line 2: expected <type>=<value>" },
        { "short origin", "v=0\r\no=- 1 2 IN IP4\r\ns=-\r\n", "line 2: o= needs six fields" },
        { "no origin", "v=0\r\ns=-\r\nt=0 0\r\n", "no o= line" },
        { "no session name", "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\nt=0 0\r\n", "no s= line" },
        { "media before origin", "v=0\r\nm=audio 9 RTP/AVP 0\r\n", "line 2: m= before the o= and s= lines" },
        { "media port not a number", Head + "m=audio nine UDP/TLS/RTP/SAVPF 0\r\n", "line 4: m= needs media, port[/count] and protocol" },
        { "media port too large", Head + "m=audio 70000 UDP/TLS/RTP/SAVPF 0\r\n", "line 4: m= needs" },
        { "media line too short", Head + "m=audio 9\r\n", "line 4: m= needs" },
        { "attribute without a name", Head + "a=:0\r\n", "line 4: attribute without a name" },
        { "second version line", Head + "v=0\r\n", "line 4: a second v= line" },
        { "NUL inside a line", Head + "a=mid:\00\r\n", "line 4: contains a NUL" },
        { "too long", "v=0\r\n" + new string('a', SdpParser.MaxLength), "longer than" },
    };

    private const string Head = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\n";

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Refuses_malformed_descriptions_with_a_reason(string name, string text, string reason)
    {
        Assert.False(SdpParser.TryParse(text, out var description, out var error), name);
        Assert.Null(description);
        Assert.Contains(reason, error);
    }

    [Fact]
    public void Random_text_never_throws()
    {
        Gen.String.Sample(text => { SdpParser.TryParse(text, out _, out _); });
        var line = Gen.OneOf(Gen.Const("v=0"), Gen.Const("o=- 1 2 IN IP4 127.0.0.1"), Gen.Const("s=-"), Gen.Const("m=audio 9 RTP/AVP 0"),
            Gen.Char["a-z"].SelectMany(t => Gen.String.Select(v => $"{t}={v}")), Gen.String);
        line.Array[0, 30].Select(lines => string.Join("\r\n", lines)).Sample(text =>
        {
            if (SdpParser.TryParse(text, out var description, out _)) _ = description!.ToString();
        });
    }

    [Fact]
    public void Any_description_written_is_read_back_the_same()
    {
        var token = Gen.String["a-zA-Z0-9-._"].Where(s => s.Length > 0);
        var attribute = Gen.Select(token, Gen.String["a-zA-Z0-9 :/=;.-"].Null())
            .Where(a => a.Item2 is null || !a.Item2.Contains('\0'))
            .Select(a => new SdpAttribute(a.Item1, a.Item2));
        var media = Gen.Select(Gen.OneOf(Gen.Const("audio"), Gen.Const("video")), Gen.Int[0, 65535], token.Array[0, 5], attribute.Array[0, 8])
            .Select(m => new SdpMediaDescription
            {
                Media = m.Item1, Port = m.Item2, Protocol = "UDP/TLS/RTP/SAVPF", Formats = m.Item3, Attributes = m.Item4,
                Lines = [new SdpLine('c', "IN IP4 0.0.0.0")],
            });
        var session = Gen.Select(token, attribute.Array[0, 5], media.Array[0, 3]).Select(s => new SdpSessionDescription
        {
            Origin = new SdpOrigin("-", s.Item1, "2", "IN", "IP4", "127.0.0.1"), Attributes = s.Item2, Media = s.Item3,
        });

        session.Sample(description =>
        {
            var text = description.ToString();
            return SdpParser.TryParse(text, out var back, out _) && back!.ToString() == text;
        });
    }
}
