using CsCheck;
using Switchboard.Media.Sdp;

namespace Switchboard.Media.Tests.Sdp;

public class SdpCandidateTests
{
    [Fact]
    public void Reads_a_chromium_host_candidate_with_extensions()
    {
        Assert.True(SdpCandidate.TryParse("candidate:1467250027 1 udp 2122260223 127.0.0.1 46243 typ host generation 0 ufrag Xk3v network-id 1",
            out var candidate, out var error), error);

        Assert.Equal(new SdpCandidate("1467250027", 1, "udp", 2122260223, "127.0.0.1", 46243, "host")
        {
            Extensions = [new("generation", "0"), new("ufrag", "Xk3v"), new("network-id", "1")],
        }, candidate);
    }

    [Fact]
    public void Reads_related_address_and_port_and_mdns_names()
    {
        Assert.True(SdpCandidate.TryParse("842163049 1 udp 1677729535 203.0.113.7 61234 typ srflx raddr 0.0.0.0 rport 0 generation 0",
            out var srflx, out _));
        Assert.True(SdpCandidate.TryParse("candidate:9 1 udp 2122260223 4b1c2f3e-aaaa-bbbb-cccc-123456789abc.local 50001 typ host",
            out var mdns, out _));

        Assert.Equal(("srflx", "0.0.0.0", 0), (srflx!.Type, srflx.RelatedAddress, srflx.RelatedPort));
        Assert.EndsWith(".local", mdns!.Address);
    }

    [Fact]
    public void Formats_an_ice_lite_host_candidate()
    {
        var ice = new Switchboard.Media.Ice.IceCandidate("1", 1, Switchboard.Media.Ice.IceCandidate.HostPriority(65535), System.Net.IPAddress.Parse("203.0.113.9"), 40000);

        Assert.Equal("candidate:1 1 udp 2130706431 203.0.113.9 40000 typ host", SdpCandidate.From(ice).ToString());
    }

    public static TheoryData<string?, string> Malformed => new()
    {
        { null, "empty" },
        { "candidate:1 1 udp 2122260223 127.0.0.1 46243 typ", "needs foundation" },
        { "1 x udp 2122260223 127.0.0.1 46243 typ host", "bad component" },
        { "1 1 udp 0 127.0.0.1 46243 typ host", "bad priority" },
        { "1 1 udp -5 127.0.0.1 46243 typ host", "bad priority" },
        { "1 1 udp 2122260223 127.0.0.1 70000 typ host", "bad port" },
        { "1 1 udp 2122260223 127.0.0.1 46243 type host", "expected 'typ'" },
        { "1 1 udp 2122260223 127.0.0.1 46243 typ srflx raddr", "has no value" },
        { "1 1 udp 2122260223 127.0.0.1 46243 typ srflx raddr 1.2.3.4 rport x", "bad rport" },
        { new string('f', 33) + " 1 udp 1 127.0.0.1 1 typ host", "foundation longer" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Refuses_malformed_candidates_with_a_reason(string? value, string reason)
    {
        Assert.False(SdpCandidate.TryParse(value, out var candidate, out var error));
        Assert.Null(candidate);
        Assert.Contains(reason, error);
    }

    [Fact]
    public void Never_throws_and_round_trips()
    {
        Gen.String.Sample(text => { SdpCandidate.TryParse(text, out _, out _); });
        var token = Gen.String["a-zA-Z0-9+/.-"].Where(s => s.Length is > 0 and <= 32 && s != "raddr" && s != "rport");
        Gen.Select(token, Gen.Int[1, 256], Gen.UInt[1, uint.MaxValue], token, Gen.Int[0, 65535], token,
                Gen.Select(token, token).Array[0, 3])
            .Select(c => new SdpCandidate(c.Item1, c.Item2, "udp", c.Item3, c.Item4, c.Item5, c.Item6)
            {
                Extensions = c.Item7.Select(e => new KeyValuePair<string, string>(e.Item1, e.Item2)).ToList(),
            })
            .Sample(candidate => SdpCandidate.TryParse(candidate.ToString(), out var back, out _) && back == candidate);
    }
}
