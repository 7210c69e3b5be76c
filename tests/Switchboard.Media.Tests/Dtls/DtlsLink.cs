using Switchboard.Media.Dtls;

namespace Switchboard.Media.Tests.Dtls;

/// <summary>
/// Two handshakes wired back to back in memory, as two media ports would be over UDP. Each direction can be given a
/// filter that rewrites, splits or drops datagrams in flight.
/// </summary>
internal sealed class DtlsLink : IDisposable
{
    internal static readonly DtlsCertificate ServerCertificate = DtlsCertificate.Generate();
    internal static readonly DtlsCertificate ClientCertificate = DtlsCertificate.Generate();

    private DtlsLink(DtlsSrtpHandshake server, DtlsSrtpHandshake client)
    {
        Server = server;
        Client = client;
    }

    internal DtlsSrtpHandshake Server { get; }

    internal DtlsSrtpHandshake Client { get; }

    internal static DtlsLink Create(
        DtlsSrtpOptions? serverOptions = null, DtlsSrtpOptions? clientOptions = null,
        DtlsFingerprint? serverExpects = null, DtlsFingerprint? clientExpects = null,
        Func<byte[], IEnumerable<byte[]>>? clientToServer = null)
    {
        DtlsSrtpHandshake? server = null, client = null;
        server = new DtlsSrtpHandshake(DtlsRole.Server, ServerCertificate, [serverExpects ?? ClientCertificate.Fingerprint],
            datagram => client!.Deliver(datagram), serverOptions);
        client = new DtlsSrtpHandshake(DtlsRole.Client, ClientCertificate, [clientExpects ?? ServerCertificate.Fingerprint],
            datagram =>
            {
                if (clientToServer is null) { server.Deliver(datagram); return; }
                foreach (var piece in clientToServer(datagram.ToArray())) server.Deliver(piece);
            },
            clientOptions);
        return new DtlsLink(server, client);
    }

    internal async Task<(DtlsSrtpResult Server, DtlsSrtpResult Client)> RunAsync()
    {
        Server.Start();
        Client.Start();
        var both = Task.WhenAll(Server.Completion, Client.Completion);
        if (await Task.WhenAny(both, Task.Delay(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken)) != both)
            throw new TimeoutException("handshake did not finish in 20 s");
        return (await Server.Completion, await Client.Completion);
    }

    public void Dispose()
    {
        Server.Dispose();
        Client.Dispose();
    }
}
