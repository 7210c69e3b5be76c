using System.Buffers.Binary;
using Switchboard.Media.Dtls;

namespace Switchboard.Media.Tests.Dtls;

/// <summary>
/// The two datagrams of a ClientHello captured from Chromium 156 on loopback (a 1,175-byte and a 238-byte fragment of
/// one 1,413-byte message): DTLS 1.3 and 1.2 in supported_versions, an X25519MLKEM768 + X25519 key share, use_srtp
/// offering 0x0001, 0x0008 and 0x0007. Our server must reassemble them and answer with a DTLS 1.2 ServerHello.
/// </summary>
public class ChromiumClientHelloTests
{
    private const ushort UseSrtp = 14, ExtendedMasterSecret = 23, SupportedVersions = 43;

    private static byte[] Vector(int part) =>
        Convert.FromHexString(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Dtls", "Vectors", $"chromium156-clienthello-{part}.hex")).Trim());

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_server_reassembles_chromiums_two_fragments_and_answers_dtls_12_with_gcm(bool secondFragmentFirst)
    {
        var serverHello = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var server = new DtlsSrtpHandshake(DtlsRole.Server, DtlsLink.ServerCertificate, [DtlsLink.ClientCertificate.Fingerprint], datagram =>
        {
            foreach (var record in DtlsRecords.Split(datagram.ToArray()))
                if (record[0] == DtlsRecords.Handshake && record[DtlsRecords.RecordHeader] == 2) serverHello.TrySetResult(record);
        });
        server.Start();
        var (first, second) = (Vector(1), Vector(2));
        Assert.True(DtlsRecords.IsClientHello(first) && DtlsRecords.FragmentOffset(second) == 1175);

        if (secondFragmentFirst) (first, second) = (second, first);
        server.Deliver(first);
        server.Deliver(second);

        var record = await serverHello.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        var body = record.AsSpan(DtlsRecords.RecordHeader + DtlsRecords.HandshakeHeader);
        Assert.Equal(0xFEFD, BinaryPrimitives.ReadUInt16BigEndian(body));
        var at = 2 + 32;
        at += 1 + body[at];
        Assert.Equal(0xC02B, BinaryPrimitives.ReadUInt16BigEndian(body[at..])); // ECDHE_ECDSA_WITH_AES_128_GCM_SHA256
        var extensions = Extensions(body[(at + 3)..]);
        Assert.Equal([0x00, 0x02, 0x00, 0x07, 0x00], extensions[UseSrtp]); // one profile: AEAD_AES_128_GCM, no MKI
        Assert.True(extensions.ContainsKey(ExtendedMasterSecret));
        Assert.False(extensions.ContainsKey(SupportedVersions)); // a DTLS 1.2 ServerHello does not carry it
        Assert.False(server.Completion.IsCompleted);
    }

    private static Dictionary<ushort, byte[]> Extensions(ReadOnlySpan<byte> block)
    {
        var result = new Dictionary<ushort, byte[]>();
        var length = BinaryPrimitives.ReadUInt16BigEndian(block);
        var rest = block.Slice(2, length);
        while (rest.Length >= 4)
        {
            var type = BinaryPrimitives.ReadUInt16BigEndian(rest);
            var size = BinaryPrimitives.ReadUInt16BigEndian(rest[2..]);
            result[type] = rest.Slice(4, size).ToArray();
            rest = rest[(4 + size)..];
        }
        return result;
    }
}
