using System.Net;
using CsCheck;
using Switchboard.Media.Ice;
using Switchboard.Media.Stun;
using Switchboard.Media.Tests.Ice;
using Switchboard.Media.Transport;

namespace Switchboard.Media.Tests.Transport;

public class MediaPortPropertyTests
{
    [Fact]
    public async Task Any_datagram_is_delivered_answered_or_counted_as_dropped_and_never_throws()
    {
        await using var port = new MediaPort(new MediaPortOptions { BindAddress = IPAddress.Loopback });
        var credentials = IceCredentials.Generate();
        using var registration = port.Register(credentials, "brws", new RecordingSession());
        var source = new IPEndPoint(IPAddress.Loopback, 9).Serialize(); // discard port: responses go nowhere
        var validCheck = ChromeCheck.Build($"{credentials.Ufrag}:brws", credentials.Password, useCandidate: true);
        var response = new byte[StunWriter.MaxIceResponseLength];
        port.Dispatch(validCheck, source, response); // the source is validated, so media-like datagrams reach the session

        // Random bytes rarely look like STUN for this session, so also mutate a valid check: one byte changed, or
        // cut short with the length field left alone.
        var mutatedCheck = Gen.Select(Gen.Int[0, validCheck.Length - 1], Gen.Byte, (index, value) =>
        {
            var bytes = validCheck.ToArray();
            bytes[index] = value;
            return bytes;
        });
        var truncatedCheck = Gen.Int[0, validCheck.Length].Select(length => validCheck[..length]);
        var datagrams = Gen.OneOf(Gen.Byte.Array[0, 300], mutatedCheck, truncatedCheck,
            Gen.Byte.Array[12, 200].Select(rtp => { rtp[0] = 0x80; return rtp; }));

        datagrams.Sample(datagram => port.Dispatch(datagram, source, response), threads: 1);

        var counters = port.Counters;
        Assert.True(counters.Received > 0);
        Assert.Equal(counters.Received, counters.Delivered + counters.ChecksAnswered + counters.TotalDropped);
        Assert.True(counters.Delivered > 0);
    }
}
