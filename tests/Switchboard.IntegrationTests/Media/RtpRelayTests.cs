using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Switchboard.Media.Rtp;

namespace Switchboard.IntegrationTests.Media;

/// <summary>Carrier-style plain RTP through <c>/media/relays</c>: two UDP sockets stand for the two carrier endpoints.</summary>
public sealed class RtpRelayTests(RtpRelayServer server) : IClassFixture<RtpRelayServer>
{
    private HttpClient Http => server.Host.HttpClient;

    [Fact]
    public async Task Rtp_sent_to_one_side_comes_out_of_the_other_renumbered_into_one_continuous_stream()
    {
        using var caller = new Endpoint();
        using var callee = new Endpoint();
        var relay = await OpenAsync(caller, callee);
        Assert.True(relay.GetProperty("passthrough").GetBoolean());
        var toCallee = SendsTo(relay, "a");
        var toCaller = SendsTo(relay, "b");

        // The caller's stream starts at an arbitrary sequence number and wraps; what the callee hears is the relay's own
        // stream (its SSRC), numbered on consecutively and with timestamps 160 apart, the payload untouched.
        var heard = new List<(ushort Sequence, uint Timestamp, uint Ssrc, byte Payload)>();
        for (var i = 0; i < 20; i++)
        {
            caller.SendRtp(toCallee, sequence: (ushort)(65530 + i), timestamp: 1000u + 160u * (uint)i, payloadFill: (byte)i);
            var packet = await callee.ReceiveAsync();
            Assert.NotNull(packet);
            Assert.True(RtpHeader.TryRead(packet.Value.Datagram, out var header), "the relay sent RTP");
            heard.Add((header.SequenceNumber, header.Timestamp, header.Ssrc, packet.Value.Datagram[^1]));
            Assert.Equal(toCaller.Port, packet.Value.From.Port); // symmetric: it comes from the port the callee sends to
        }
        for (var i = 1; i < heard.Count; i++)
        {
            Assert.Equal((ushort)(heard[0].Sequence + i), heard[i].Sequence);
            Assert.Equal(heard[0].Timestamp + 160u * (uint)i, heard[i].Timestamp);
            Assert.Equal(heard[0].Ssrc, heard[i].Ssrc);
            Assert.Equal((byte)i, heard[i].Payload);
        }
        Assert.NotEqual(Endpoint.Ssrc, heard[0].Ssrc);

        // And the other way.
        callee.SendRtp(toCaller, sequence: 7, timestamp: 0, payloadFill: 0x42);
        var back = await caller.ReceiveAsync();
        Assert.NotNull(back);
        Assert.Equal(0x42, back.Value.Datagram[^1]);

        var view = await GetAsync(relay);
        Assert.Equal(20, view.GetProperty("a").GetProperty("delivered").GetInt64());
        Assert.Equal(20, view.GetProperty("b").GetProperty("sent").GetInt64());
        await CloseAsync(relay);
    }

    [Fact]
    public async Task Garbage_sent_to_a_relay_port_is_dropped_and_counted_and_the_call_goes_on()
    {
        using var caller = new Endpoint();
        using var callee = new Endpoint();
        using var stranger = new Endpoint();
        var relay = await OpenAsync(caller, callee);
        var toCallee = SendsTo(relay, "a");

        caller.SendRtp(toCallee, 1, 0, 1);
        Assert.NotNull(await callee.ReceiveAsync());
        stranger.Send([0xDE, 0xAD, 0xBE, 0xEF], toCallee);                         // not RTP
        stranger.Send(new byte[1200], toCallee);                                    // zeros: version 0
        caller.SendRtp(toCallee, 2, 160, 2, payloadType: 8);                         // PCMA on a PCMU relay
        stranger.SendRtp(toCallee, 3, 320, 3);                                       // valid RTP, wrong source
        caller.SendRtp(toCallee, 4, 480, 4);

        var next = await callee.ReceiveAsync();
        Assert.NotNull(next);
        Assert.Equal(4, next.Value.Datagram[^1]); // only the caller's audio got through
        Assert.Null(await callee.ReceiveAsync(TimeSpan.FromMilliseconds(300)));

        var a = (await GetAsync(relay)).GetProperty("a");
        Assert.Equal(2, a.GetProperty("notRtp").GetInt64());
        Assert.Equal(1, a.GetProperty("wrongPayloadType").GetInt64());
        Assert.Equal(1, a.GetProperty("wrongSource").GetInt64());
        Assert.Equal(2, a.GetProperty("delivered").GetInt64());
        Assert.Equal($"{caller.EndPoint}", a.GetProperty("remote").GetString());
        await CloseAsync(relay);
    }

    [Fact]
    public async Task Endpoints_with_different_codecs_are_transcoded_and_an_endpoint_without_an_address_is_learned()
    {
        using var caller = new Endpoint();
        using var callee = new Endpoint();
        using var response = await Http.PostAsJsonAsync("media/relays", new
        {
            a = new { address = "127.0.0.1", port = caller.EndPoint.Port, codec = "PCMU" },
            b = new { codec = "PCMA" }, // no address: the relay waits for the callee's first packet
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var relay = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.False(relay.GetProperty("passthrough").GetBoolean());
        Assert.Equal(JsonValueKind.Null, relay.GetProperty("b").GetProperty("remote").ValueKind);

        callee.SendRtp(SendsTo(relay, "b"), 1, 0, 0xD5, payloadType: 8); // A-law silence, teaches the relay its address
        // µ-law 0x00 is a loud sample; A-law silence is 0xD5/0x55. What the callee hears must be loud A-law.
        var loud = false;
        for (var i = 0; i < 40 && !loud; i++)
        {
            caller.SendRtp(SendsTo(relay, "a"), (ushort)i, 160u * (uint)i, 0x00);
            await Task.Delay(20, TestContext.Current.CancellationToken);
            while (await callee.ReceiveAsync(TimeSpan.FromMilliseconds(1)) is { } packet)
            {
                Assert.Equal(8, packet.Datagram[1] & 0x7F);
                loud |= packet.Datagram[12..].Any(b => b is not (0xD5 or 0x55));
            }
        }
        Assert.True(loud, "the callee never heard the caller's audio as A-law");
        var view = await GetAsync(relay);
        Assert.True(view.GetProperty("b").GetProperty("latched").GetBoolean());
        Assert.Equal($"{callee.EndPoint}", view.GetProperty("b").GetProperty("remote").GetString());
        await CloseAsync(relay);
    }

    [Fact]
    public async Task A_closed_relay_is_gone_and_its_ports_stop_relaying()
    {
        using var caller = new Endpoint();
        using var callee = new Endpoint();
        var relay = await OpenAsync(caller, callee);
        var toCallee = SendsTo(relay, "a");
        await CloseAsync(relay);

        caller.SendRtp(toCallee, 1, 0, 1);
        Assert.Null(await callee.ReceiveAsync(TimeSpan.FromMilliseconds(300)));
        using var again = await Http.DeleteAsync($"media/relays/{relay.GetProperty("id").GetString()}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("RelayNotFound", (await again.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("""{"a":{"address":"127.0.0.1","port":4000}}""")]
    [InlineData("""{"a":{"address":"127.0.0.1","port":4000},"b":{"address":"not an address","port":4002}}""")]
    [InlineData("""{"a":{"address":"127.0.0.1","port":4000},"b":{"address":"127.0.0.1","port":4002,"codec":"opus"}}""")]
    [InlineData("""{"a":{"address":"127.0.0.1","port":70000},"b":{"address":"127.0.0.1","port":4002}}""")]
    [InlineData("""{"a":{"address":"127.0.0.1"},"b":{}}""")]
    [InlineData("""not json""")]
    public async Task Unusable_requests_are_refused_with_a_reason(string body)
    {
        using var response = await Http.PostAsync("media/relays", new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var refusal = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("InvalidRequest", refusal.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(refusal.GetProperty("message").GetString()));
    }

    private async Task<JsonElement> OpenAsync(Endpoint a, Endpoint b)
    {
        using var response = await Http.PostAsJsonAsync("media/relays", new
        {
            a = new { address = "127.0.0.1", port = a.EndPoint.Port, codec = "PCMU" },
            b = new { address = "127.0.0.1", port = b.EndPoint.Port },
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    private async Task<JsonElement> GetAsync(JsonElement relay)
    {
        // Counters move on the relay's receive loops; give a packet sent just before the moment to be counted.
        await Task.Delay(100, TestContext.Current.CancellationToken);
        return await Http.GetFromJsonAsync<JsonElement>($"media/relays/{relay.GetProperty("id").GetString()}", TestContext.Current.CancellationToken);
    }

    private async Task CloseAsync(JsonElement relay)
    {
        using var response = await Http.DeleteAsync($"media/relays/{relay.GetProperty("id").GetString()}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static IPEndPoint SendsTo(JsonElement relay, string side)
    {
        var leg = relay.GetProperty(side);
        var port = leg.GetProperty("port").GetInt32();
        Assert.Equal(0, port % 2);
        return new IPEndPoint(IPAddress.Parse(leg.GetProperty("address").GetString()!), port);
    }

    /// <summary>A carrier's media address on 127.0.0.1.</summary>
    private sealed class Endpoint : IDisposable
    {
        public const uint Ssrc = 0x5EED_0001;
        private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);

        public Endpoint() => _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));

        public IPEndPoint EndPoint => (IPEndPoint)_socket.LocalEndPoint!;

        public void SendRtp(IPEndPoint to, ushort sequence, uint timestamp, byte payloadFill, byte payloadType = 0)
        {
            var payload = new byte[160];
            payload.AsSpan().Fill(payloadFill);
            var packet = new byte[RtpHeader.FixedLength + payload.Length];
            RtpPacketWriter.TryWrite(packet, false, payloadType, sequence, timestamp, Ssrc, payload, out _);
            Send(packet, to);
        }

        public void Send(byte[] datagram, IPEndPoint to) => _socket.SendTo(datagram, to);

        public async Task<(byte[] Datagram, IPEndPoint From)?> ReceiveAsync(TimeSpan? wait = null)
        {
            using var timeout = new CancellationTokenSource(wait ?? TimeSpan.FromSeconds(5));
            var buffer = new byte[2048];
            try
            {
                var result = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), timeout.Token);
                return (buffer[..result.ReceivedBytes], (IPEndPoint)result.RemoteEndPoint);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }

        public void Dispose() => _socket.Dispose();
    }
}
