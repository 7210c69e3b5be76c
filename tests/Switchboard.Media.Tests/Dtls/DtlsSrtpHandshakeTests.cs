using Microsoft.Extensions.Time.Testing;
using Switchboard.Media.Dtls;
using Switchboard.Media.Srtp;

namespace Switchboard.Media.Tests.Dtls;

public class DtlsSrtpHandshakeTests
{
    public static TheoryData<SrtpProfile[], SrtpProfile[], SrtpProfile> Preferences => new()
    {
        // server preference, client offer, expected
        { [SrtpProfile.AeadAes128Gcm, SrtpProfile.AesCm128HmacSha1_80], [SrtpProfile.AesCm128HmacSha1_80, SrtpProfile.AeadAes128Gcm], SrtpProfile.AeadAes128Gcm },
        { [SrtpProfile.AesCm128HmacSha1_80, SrtpProfile.AeadAes128Gcm], [SrtpProfile.AeadAes128Gcm, SrtpProfile.AesCm128HmacSha1_80], SrtpProfile.AesCm128HmacSha1_80 },
        { [SrtpProfile.AeadAes128Gcm, SrtpProfile.AesCm128HmacSha1_80], [SrtpProfile.AesCm128HmacSha1_80], SrtpProfile.AesCm128HmacSha1_80 },
        { [SrtpProfile.AeadAes128Gcm], [SrtpProfile.AesCm128HmacSha1_80, SrtpProfile.AeadAes128Gcm], SrtpProfile.AeadAes128Gcm },
    };

    [Theory]
    [MemberData(nameof(Preferences))]
    public async Task Both_roles_export_mirrored_keys_for_the_server_preferred_profile(SrtpProfile[] serverPrefers, SrtpProfile[] clientOffers, SrtpProfile expected)
    {
        using var link = DtlsLink.Create(new DtlsSrtpOptions { Profiles = serverPrefers }, new DtlsSrtpOptions { Profiles = clientOffers });

        var (server, client) = await link.RunAsync();

        Assert.True(server.Succeeded, server.Failure);
        Assert.True(client.Succeeded, client.Failure);
        Assert.Equal(expected, server.Keys!.Profile);
        Assert.Equal(expected, client.Keys!.Profile);
        Assert.Equal(server.Keys.Local.Key, client.Keys.Remote.Key);
        Assert.Equal(server.Keys.Local.Salt, client.Keys.Remote.Salt);
        Assert.Equal(client.Keys.Local.Key, server.Keys.Remote.Key);
        Assert.Equal(client.Keys.Local.Salt, server.Keys.Remote.Salt);
        Assert.NotEqual(server.Keys.Local.Key, server.Keys.Remote.Key);
        var saltLength = expected == SrtpProfile.AeadAes128Gcm ? 12 : 14;
        Assert.Equal((16, saltLength), (server.Keys.Local.Key.Length, server.Keys.Local.Salt.Length));
    }

    [Fact]
    public async Task A_client_certificate_that_does_not_match_the_sdp_fingerprint_fails_the_server()
    {
        using var link = DtlsLink.Create(serverExpects: DtlsCertificate.Generate().Fingerprint);

        var (server, client) = await link.RunAsync();

        Assert.False(server.Succeeded);
        Assert.Contains("does not match the remote SDP's a=fingerprint", server.Failure);
        Assert.False(client.Succeeded);
        Assert.Contains("bad_certificate", client.Failure);
    }

    [Fact]
    public async Task A_server_certificate_that_does_not_match_the_sdp_fingerprint_fails_the_client()
    {
        using var link = DtlsLink.Create(clientExpects: DtlsCertificate.Generate().Fingerprint);

        var (server, client) = await link.RunAsync();

        Assert.False(client.Succeeded);
        Assert.Contains("does not match the remote SDP's a=fingerprint", client.Failure);
        Assert.False(server.Succeeded);
    }

    [Fact]
    public async Task Any_of_several_sdp_fingerprints_may_match()
    {
        DtlsSrtpHandshake? server = null;
        using var client = new DtlsSrtpHandshake(DtlsRole.Client, DtlsLink.ClientCertificate,
            [DtlsCertificate.Generate().Fingerprint, DtlsFingerprint.Compute("sha-1", DtlsLink.ServerCertificate.Der)],
            d => server!.Deliver(d));
        using var s = server = new DtlsSrtpHandshake(DtlsRole.Server, DtlsLink.ServerCertificate,
            [DtlsFingerprint.Compute("sha-512", DtlsLink.ClientCertificate.Der)], d => client.Deliver(d));

        server.Start();
        client.Start();

        var (clientResult, serverResult) = (await client.Completion, await server.Completion);
        Assert.True(clientResult.Succeeded, clientResult.Failure);
        Assert.True(serverResult.Succeeded, serverResult.Failure);
    }

    [Fact]
    public async Task No_common_srtp_profile_is_a_clear_failure()
    {
        using var link = DtlsLink.Create(
            new DtlsSrtpOptions { Profiles = [SrtpProfile.AeadAes128Gcm] },
            new DtlsSrtpOptions { Profiles = [SrtpProfile.AesCm128HmacSha1_80] });

        var (server, client) = await link.RunAsync();

        Assert.Contains("no common SRTP profile", server.Failure);
        Assert.False(client.Succeeded);
    }

    [Fact]
    public async Task A_handshake_with_no_peer_times_out_on_the_injected_clock()
    {
        var time = new FakeTimeProvider();
        using var server = new DtlsSrtpHandshake(DtlsRole.Server, DtlsLink.ServerCertificate, [DtlsLink.ClientCertificate.Fingerprint],
            _ => { }, new DtlsSrtpOptions { HandshakeTimeout = TimeSpan.FromSeconds(10) }, time);
        server.Start();

        time.Advance(TimeSpan.FromSeconds(9));
        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.False(server.Completion.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        var result = await server.Completion.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Equal("DTLS handshake timed out after 10 s", result.Failure);
    }

    [Fact]
    public async Task Disposing_a_running_handshake_completes_it_as_abandoned()
    {
        var server = new DtlsSrtpHandshake(DtlsRole.Server, DtlsLink.ServerCertificate, [DtlsLink.ClientCertificate.Fingerprint], _ => { });
        server.Start();

        server.Dispose();

        var result = await server.Completion.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Equal("DTLS handshake abandoned", result.Failure);
        Assert.False(server.Deliver([22, 0xFE, 0xFD, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    }

    [Fact]
    public async Task Disposing_a_handshake_that_never_started_completes_it_too()
    {
        var client = new DtlsSrtpHandshake(DtlsRole.Client, DtlsLink.ClientCertificate, [DtlsLink.ServerCertificate.Fingerprint], _ => { });

        client.Dispose();
        client.Start();

        var result = await client.Completion.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Equal("DTLS handshake abandoned", result.Failure);
    }

    [Fact]
    public async Task A_close_notify_after_the_handshake_is_noticed_by_the_peer()
    {
        using var link = DtlsLink.Create();
        var (server, client) = await link.RunAsync();
        Assert.True(server.Succeeded && client.Succeeded);

        link.Client.Dispose();

        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!link.Server.PeerClosed && DateTime.UtcNow < deadline) await Task.Delay(10, TestContext.Current.CancellationToken);
        Assert.True(link.Server.PeerClosed);
    }
}
