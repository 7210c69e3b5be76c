using Switchboard.Media.Dtls;

namespace Switchboard.Media.Tests.Dtls;

/// <summary>
/// The fuzzing harness's way into the handshake: datagrams delivered first, then the handshake run on the caller's
/// thread until they are used up. It must really process them, and end instead of waiting for more.
/// </summary>
public class DtlsRunOverDeliveredTests
{
    [Fact]
    public async Task A_delivered_client_hello_is_answered_with_a_server_flight_and_the_run_ends_when_the_datagrams_do()
    {
        var clientHello = await CaptureClientHelloAsync();
        var serverHelloSent = false;
        using var server = new DtlsSrtpHandshake(DtlsRole.Server, DtlsLink.ServerCertificate, [DtlsLink.ClientCertificate.Fingerprint], datagram =>
        {
            foreach (var record in DtlsRecords.Split(datagram.ToArray()))
                serverHelloSent |= record[0] == DtlsRecords.Handshake && record[DtlsRecords.RecordHeader] == 2;
        });
        Assert.True(server.Deliver(clientHello));

        var result = server.RunOverDelivered();

        Assert.True(serverHelloSent, "the ClientHello was not answered");
        Assert.False(result.Succeeded);
        Assert.NotNull(result.Failure);
        Assert.True(server.Completion.IsCompletedSuccessfully);
        Assert.Same(result, await server.Completion);
    }

    [Fact]
    public void It_cannot_run_a_handshake_that_already_started()
    {
        using var server = new DtlsSrtpHandshake(DtlsRole.Server, DtlsLink.ServerCertificate, [DtlsLink.ClientCertificate.Fingerprint], _ => { });
        server.Start();

        Assert.Throws<InvalidOperationException>(() => server.RunOverDelivered());
    }

    private static async Task<byte[]> CaptureClientHelloAsync()
    {
        var first = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var client = new DtlsSrtpHandshake(DtlsRole.Client, DtlsLink.ClientCertificate, [DtlsLink.ServerCertificate.Fingerprint],
            datagram => first.TrySetResult(datagram.ToArray()));
        client.Start();
        return await first.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
    }
}
