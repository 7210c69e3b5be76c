namespace Switchboard.Media.Tests.Dtls;

/// <summary>
/// The end of an established association: the peer's close_notify ends the session at once; a forged record from a
/// spoofed address must not.
/// </summary>
public class DtlsPeerCloseTests
{
    [Fact]
    public async Task The_peers_close_notify_is_reported_once()
    {
        using var link = DtlsLink.Create();
        var (server, client) = await link.RunAsync();
        Assert.True(server.Succeeded && client.Succeeded);
        var closed = 0;
        var reported = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        link.Server.PeerClosedAssociation += () =>
        {
            Interlocked.Increment(ref closed);
            reported.TrySetResult();
        };

        link.Client.Dispose(); // closes the association: close_notify to the server

        await reported.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        Assert.True(link.Server.PeerClosed);
        Assert.Equal(1, closed);
    }

    public static TheoryData<string, byte[]> Forged => new()
    {
        // Application data, DTLS 1.2, epoch 1, a sequence number the peer never used, and bytes no key produced.
        { "epoch 1 application data", [23, 0xFE, 0xFD, 0, 1, 0, 0, 0, 0, 0, 0x63, 0, 40, .. Enumerable.Range(0, 40).Select(i => (byte)(i * 37))] },
        // A plaintext handshake record of epoch 0 whose message is garbage.
        { "epoch 0 garbage handshake", [22, 0xFE, 0xFD, 0, 0, 0, 0, 0, 0, 0, 0x70, 0, 16, 1, 0, 0, 200, 0, 9, 0, 0, 0, 0, 0, 4, 1, 2, 3, 4] },
        // A plaintext fatal alert of epoch 0 (a spoofer cannot authenticate one for epoch 1).
        { "epoch 0 fatal alert", [21, 0xFE, 0xFD, 0, 0, 0, 0, 0, 0, 0, 0x71, 0, 2, 2, 40] },
        // A plaintext change_cipher_spec and a record claiming a length beyond the datagram.
        { "epoch 0 change cipher spec", [20, 0xFE, 0xFD, 0, 0, 0, 0, 0, 0, 0, 0x72, 0, 1, 1] },
        { "truncated record", [23, 0xFE, 0xFD, 0, 1, 0, 0, 0, 0, 0, 0x73, 0x40, 0, 1, 2, 3] },
    };

    [Theory]
    [MemberData(nameof(Forged))]
    public async Task A_forged_record_does_not_end_the_session(string name, byte[] forged)
    {
        using var link = DtlsLink.Create();
        var (server, _) = await link.RunAsync();
        Assert.True(server.Succeeded);
        var closed = false;
        link.Server.PeerClosedAssociation += () => closed = true;

        Assert.True(link.Server.Deliver(forged), name);

        // Nothing to poll for: the assertion is that no report comes. Half a second is many times the pump's work.
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.False(closed, $"a forged record ({name}) ended the session");
        Assert.False(link.Server.PeerClosed);
    }
}
