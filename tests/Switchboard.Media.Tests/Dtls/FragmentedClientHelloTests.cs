using Org.BouncyCastle.Tls;
using Switchboard.Media.Dtls;
using Switchboard.Media.Srtp;

namespace Switchboard.Media.Tests.Dtls;

/// <summary>
/// Chromium's ClientHello (DTLS 1.3 and 1.2 offered, a post-quantum key share) is ~1.4 KB and arrives as two
/// handshake fragments in two datagrams; the server must reassemble it and answer with DTLS 1.2.
/// </summary>
public class FragmentedClientHelloTests
{
    public static TheoryData<string, double, bool> Cuts => new()
    {
        { "cut in the middle", 0.5, false },
        { "cut after the random", 0.1, false },
        { "cut near the end", 0.95, false },
        { "second fragment arrives first", 0.5, true },
    };

    [Theory]
    [MemberData(nameof(Cuts))]
    public async Task A_client_hello_cut_into_two_fragments_still_completes(string name, double cut, bool reversed)
    {
        var clientHellos = 0;
        long sequence = 0;
        using var link = DtlsLink.Create(clientToServer: datagram => Refragment(datagram));

        var (server, client) = await link.RunAsync();

        Assert.True(server.Succeeded, $"{name}: {server.Failure}");
        Assert.True(client.Succeeded, $"{name}: {client.Failure}");
        Assert.Equal(server.Keys!.Remote.Key, client.Keys!.Local.Key);
        Assert.True(clientHellos >= 1);

        IEnumerable<byte[]> Refragment(byte[] datagram)
        {
            // Epoch 0 records are unprotected, so renumbering them keeps the record sequence strictly increasing
            // after one record became two; epoch 1 records are authenticated with their number and pass untouched.
            foreach (var record in DtlsRecords.Split(datagram))
            {
                if (DtlsRecords.Epoch(record) != 0) { yield return record; continue; }
                if (!DtlsRecords.IsClientHello(record)) { yield return DtlsRecords.WithSequence(record, sequence++); continue; }
                clientHellos++;
                var bodyLength = record.Length - DtlsRecords.RecordHeader - DtlsRecords.HandshakeHeader;
                var (first, second) = DtlsRecords.Fragment(record, Math.Max(1, (int)(bodyLength * cut)));
                first = DtlsRecords.WithSequence(first, sequence++);
                second = DtlsRecords.WithSequence(second, sequence++);
                if (reversed) (first, second) = (second, first);
                yield return first;
                yield return second;
            }
        }
    }

    [Fact]
    public async Task A_chromium_shaped_client_hello_offering_dtls_13_and_a_post_quantum_key_share_negotiates_12()
    {
        DtlsSrtpHandshake? server = null;
        var flight = new List<byte[]>();
        var serverAnswered = false;
        var options = new DtlsSrtpOptions { Mtu = 1200 };
        var negotiation = new DtlsSrtpNegotiation(DtlsRole.Client, DtlsLink.ClientCertificate, [DtlsLink.ServerCertificate.Fingerprint], options);
        var transport = new DtlsDatagramTransport(datagram =>
        {
            if (!serverAnswered) flight.Add(datagram.ToArray());
            server!.Deliver(datagram);
        }, options.Mtu, options.ReceiveQueueCapacity);
        using var s = server = new DtlsSrtpHandshake(DtlsRole.Server, DtlsLink.ServerCertificate, [DtlsLink.ClientCertificate.Fingerprint],
            datagram => { serverAnswered = true; transport.Enqueue(datagram); });
        server.Start();

        var association = await Task.Run(() => new DtlsClientProtocol().Connect(new ChromiumShapedClient(negotiation), transport),
            TestContext.Current.CancellationToken);
        var result = await server.Completion;

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(SrtpProfile.AeadAes128Gcm, result.Keys!.Profile);
        Assert.Equal(result.Keys.Remote.Key, negotiation.Keys!.Local.Key);
        Assert.Equal(result.Keys.Local.Salt, negotiation.Keys.Remote.Salt);
        var records = flight.SelectMany(DtlsRecords.Split).Where(DtlsRecords.IsClientHello).ToList();
        Assert.True(records.Count >= 2, "the ClientHello should need two datagrams");
        Assert.True(flight.Sum(d => d.Length) > 1400);
        Assert.True(DtlsRecords.FragmentOffset(records[1]) > 0);
        association.Close();
    }

    /// <summary>Adds what Chromium 156 puts in its ClientHello on top of a DTLS 1.2 offer.</summary>
    private sealed class ChromiumShapedClient(DtlsSrtpNegotiation negotiation) : DtlsSrtpClient(negotiation)
    {
        private const int SupportedVersions = 43, KeyShare = 51, X25519MlKem768 = 0x11EC, X25519 = 0x001D;

        public override IDictionary<int, byte[]> GetClientExtensions()
        {
            var extensions = base.GetClientExtensions();
            extensions[SupportedVersions] = [4, 0xFE, 0xFC, 0xFE, 0xFD];
            var hybrid = Random.Shared.GetItems<byte>(Enumerable.Range(0, 256).Select(i => (byte)i).ToArray(), 1216);
            var classic = Random.Shared.GetItems<byte>(Enumerable.Range(0, 256).Select(i => (byte)i).ToArray(), 32);
            byte[] shares = [.. Share(X25519MlKem768, hybrid), .. Share(X25519, classic)];
            extensions[KeyShare] = [(byte)(shares.Length >> 8), (byte)shares.Length, .. shares];
            return extensions;
        }

        private static byte[] Share(int group, byte[] key) =>
            [(byte)(group >> 8), (byte)group, (byte)(key.Length >> 8), (byte)key.Length, .. key];
    }
}
