using System.Net;
using Microsoft.Extensions.Time.Testing;
using Switchboard.Media.Ice;
using Switchboard.Media.Stun;
using Switchboard.Media.Tests.Ice;
using Switchboard.Media.Transport;

namespace Switchboard.Media.Tests.Transport;

public sealed class MediaPortTests : IAsyncDisposable
{
    private static readonly MediaPortOptions Loopback = new() { BindAddress = IPAddress.Loopback };

    private readonly FakeTimeProvider _time = new();
    private readonly MediaPort _port;
    private readonly List<IDisposable> _owned = [];

    public MediaPortTests() => _port = new MediaPort(Loopback, _time);

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in _owned) owned.Dispose();
        await _port.DisposeAsync();
    }

    [Fact]
    public async Task Three_sessions_each_get_only_their_own_traffic_and_can_answer()
    {
        var sessions = new List<(IceCredentials Credentials, RecordingSession Session, MediaPortRegistration Registration, FakeBrowser Browser)>();
        for (byte i = 0; i < 3; i++) sessions.Add(Open($"br{i}x"));

        foreach (var s in sessions) await s.Browser.ConnectAsync(_port.LocalEndPoint, s.Credentials);
        for (byte i = 0; i < 3; i++)
        {
            var browser = sessions[i].Browser;
            browser.Send(Rtp(i), _port.LocalEndPoint);
            browser.Send(Rtcp(i), _port.LocalEndPoint);
            browser.Send(Dtls(i), _port.LocalEndPoint);
        }

        await Eventually(() => sessions.All(s => s.Session.Datagrams.Count == 3));
        for (byte i = 0; i < 3; i++)
        {
            var received = sessions[i].Session.Datagrams.ToArray();
            Assert.Equal([PacketKind.Dtls, PacketKind.Rtp, PacketKind.Rtcp], received.Select(d => d.Kind).Order());
            Assert.All(received, d => Assert.Equal(i, d.Bytes[^1]));
            Assert.Equal([sessions[i].Browser.EndPoint], sessions[i].Session.Selections);
        }

        for (byte i = 0; i < 3; i++) Assert.True(sessions[i].Registration.SendToPeer(Rtp((byte)(10 + i))));
        for (byte i = 0; i < 3; i++) Assert.Equal(10 + i, (await sessions[i].Browser.ReceiveAsync())[^1]);
        Assert.Equal(9, _port.Counters.Delivered);
        Assert.Equal(3, _port.Counters.ChecksAnswered);
        Assert.Equal(0, _port.Counters.TotalDropped);
    }

    [Fact]
    public async Task Bad_datagrams_are_dropped_and_counted_while_other_sessions_keep_flowing()
    {
        var a = Open("brwA");
        var b = Open("brwB");
        using var attacker = Track(new FakeBrowser("evil"));
        var port = _port.LocalEndPoint;

        a.Browser.Send(Rtp(1), port); // media before any check: not yet from a known address
        await a.Browser.ConnectAsync(port, a.Credentials);
        await b.Browser.ConnectAsync(port, b.Credentials);

        var validCheck = ChromeCheck.Build($"{a.Credentials.Ufrag}:brwA", a.Credentials.Password);
        var bad = new (byte[] Datagram, MediaPortDropReason Reason)[]
        {
            (Enumerable.Repeat((byte)0xFF, 40).ToArray(), MediaPortDropReason.UnknownKind),
            ([0x80, 0x00, 0x01], MediaPortDropReason.UnknownKind), // truncated RTP
            (validCheck[..40], MediaPortDropReason.MalformedStun), // truncated STUN
            (ChromeCheck.Build(username: null), MediaPortDropReason.NoUsername),
            (ChromeCheck.Build("nobody:evil", a.Credentials.Password), MediaPortDropReason.UnknownUfrag),
            (ChromeCheck.Build($"{a.Credentials.Ufrag}:evil", a.Credentials.Password), MediaPortDropReason.UnknownUsername),
            (ChromeCheck.Build($"{a.Credentials.Ufrag}:brwA", "guessed-password-guessed"), MediaPortDropReason.BadIntegrity),
            (Rtp(9), MediaPortDropReason.UnknownAddress),
            (Dtls(9), MediaPortDropReason.UnknownAddress),
        };
        foreach (var (datagram, _) in bad)
        {
            attacker.Send(datagram, port);
            a.Browser.Send(Rtp(1), port);
            b.Browser.Send(Rtp(2), port);
        }

        await Eventually(() => a.Session.Datagrams.Count == bad.Length && b.Session.Datagrams.Count == bad.Length
            && _port.Counters.TotalDropped == bad.Length + 1);
        foreach (var reason in Enum.GetValues<MediaPortDropReason>())
        {
            var expected = bad.Count(x => x.Reason == reason) + (reason == MediaPortDropReason.UnknownAddress ? 1 : 0);
            Assert.True(expected == _port.Counters.Dropped(reason), $"{reason}: {_port.Counters.Dropped(reason)}");
        }
        Assert.All(a.Session.Datagrams, d => Assert.Equal(1, d.Bytes[^1]));
        Assert.All(b.Session.Datagrams, d => Assert.Equal(2, d.Bytes[^1]));

        // The attacker got 401s for the credential failures, and none of its addresses was learned.
        var answers = new List<int>();
        for (var i = 0; i < 2; i++)
        {
            Assert.True(StunMessage.TryRead(await attacker.ReceiveAsync(), out var answer));
            Assert.True(answer.TryGetErrorCode(out var code, out _));
            answers.Add(code);
        }
        Assert.Equal([401, 401], answers);
        Assert.False(a.Registration.Agent.IsValidated(attacker.EndPoint));
    }

    [Fact]
    public async Task A_throwing_handler_costs_only_its_own_datagrams()
    {
        var faulty = Open("brwA", new RecordingSession { Throw = true });
        var healthy = Open("brwB");
        await faulty.Browser.ConnectAsync(_port.LocalEndPoint, faulty.Credentials);
        await healthy.Browser.ConnectAsync(_port.LocalEndPoint, healthy.Credentials);

        for (byte i = 0; i < 5; i++)
        {
            faulty.Browser.Send(Rtp(i), _port.LocalEndPoint);
            healthy.Browser.Send(Rtp(i), _port.LocalEndPoint);
        }

        await Eventually(() => healthy.Session.Datagrams.Count == 5 && _port.Counters.Dropped(MediaPortDropReason.HandlerFault) == 5);
        Assert.Equal(5, _port.Counters.Delivered);
    }

    [Fact]
    public async Task A_disposed_registration_forgets_its_ufrag_and_addresses()
    {
        var gone = Open("brwA");
        var stays = Open("brwB");
        await gone.Browser.ConnectAsync(_port.LocalEndPoint, gone.Credentials);
        await stays.Browser.ConnectAsync(_port.LocalEndPoint, stays.Credentials);

        gone.Registration.Dispose();
        gone.Registration.Dispose();
        Assert.Equal(1, _port.SessionCount);
        gone.Browser.SendCheck(_port.LocalEndPoint, gone.Credentials);
        gone.Browser.Send(Rtp(1), _port.LocalEndPoint);
        stays.Browser.Send(Rtp(2), _port.LocalEndPoint);

        await Eventually(() => stays.Session.Datagrams.Count == 1 && _port.Counters.TotalDropped == 2);
        Assert.Equal(1, _port.Counters.Dropped(MediaPortDropReason.UnknownUfrag));
        Assert.Equal(1, _port.Counters.Dropped(MediaPortDropReason.UnknownAddress));
        Assert.Empty(gone.Session.Datagrams);
        // The ufrag is free again.
        _owned.Add(_port.Register(gone.Credentials, "brwA", new RecordingSession()));
    }

    [Fact]
    public async Task A_later_nomination_moves_where_the_session_sends()
    {
        var s = Open("brwA");
        using var otherPath = Track(new FakeBrowser("brwA"));
        await s.Browser.ConnectAsync(_port.LocalEndPoint, s.Credentials);
        await otherPath.ConnectAsync(_port.LocalEndPoint, s.Credentials);

        await Eventually(() => s.Session.Selections.Count == 2);
        Assert.Equal([s.Browser.EndPoint, otherPath.EndPoint], s.Session.Selections);
        Assert.True(s.Registration.SendToPeer(Rtp(7)));
        Assert.Equal(7, (await otherPath.ReceiveAsync())[^1]);

        // Both validated paths may still deliver media (in-flight packets of the old pair).
        s.Browser.Send(Rtp(1), _port.LocalEndPoint);
        otherPath.Send(Rtp(2), _port.LocalEndPoint);
        await Eventually(() => s.Session.Datagrams.Count == 2);
    }

    [Fact]
    public async Task Lost_consent_is_reported_and_later_media_is_dropped()
    {
        var s = Open("brwA");
        await s.Browser.ConnectAsync(_port.LocalEndPoint, s.Credentials);

        _time.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(1, s.Session.ConsentLost);
        Assert.False(s.Registration.SendToPeer(Rtp(1)));
        s.Browser.Send(Rtp(1), _port.LocalEndPoint);
        s.Browser.SendCheck(_port.LocalEndPoint, s.Credentials);

        await Eventually(() => _port.Counters.Dropped(MediaPortDropReason.SessionDead) == 2);
        Assert.Empty(s.Session.Datagrams);
    }

    [Fact]
    public async Task Candidates_name_the_bound_address_or_the_advertised_one()
    {
        var candidate = Assert.Single(_port.Candidates);
        Assert.Equal(new IceCandidate("1", 1, 2130706431, IPAddress.Loopback, _port.LocalEndPoint.Port), candidate);
        Assert.Equal("udp", candidate.Transport);
        Assert.Equal("host", candidate.Type);

        await using var natted = new MediaPort(Loopback with
        {
            AdvertisedAddress = IPAddress.Parse("203.0.113.5"),
            AdvertisedPort = 3478,
        });
        var advertised = Assert.Single(natted.Candidates);
        Assert.Equal(IPAddress.Parse("203.0.113.5"), advertised.Address);
        Assert.Equal(3478, advertised.Port);
    }

    [Fact]
    public void Registering_a_ufrag_twice_is_refused()
    {
        var credentials = IceCredentials.Generate();
        _owned.Add(_port.Register(credentials, "brwA", new RecordingSession()));
        Assert.Throws<InvalidOperationException>(() => _port.Register(credentials, "brwB", new RecordingSession()));
    }

    private (IceCredentials Credentials, RecordingSession Session, MediaPortRegistration Registration, FakeBrowser Browser)
        Open(string browserUfrag, RecordingSession? session = null)
    {
        var credentials = IceCredentials.Generate();
        session ??= new RecordingSession();
        var registration = Track(_port.Register(credentials, browserUfrag, session));
        return (credentials, session, registration, Track(new FakeBrowser(browserUfrag)));
    }

    private T Track<T>(T owned) where T : IDisposable
    {
        _owned.Add(owned);
        return owned;
    }

    private static byte[] Rtp(byte marker) => [0x80, 0x00, 0x00, 0x01, 0, 0, 0, 160, 0xDE, 0xAD, 0xBE, 0xEF, 0xFF, marker];

    private static byte[] Rtcp(byte marker) => [0x80, 200, 0x00, 0x06, 0xDE, 0xAD, 0xBE, 0xEF, marker];

    private static byte[] Dtls(byte marker) => [22, 0xFE, 0xFD, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, marker];

    private static async Task Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 5 s");
            await Task.Delay(10);
        }
    }
}
