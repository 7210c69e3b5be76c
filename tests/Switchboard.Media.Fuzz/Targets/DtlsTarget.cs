using System.Buffers.Binary;
using Switchboard.Media.Dtls;

namespace Switchboard.Media.Fuzz.Targets;

/// <summary>
/// The DTLS record layer as a server-role <see cref="DtlsSrtpHandshake"/> meets it: the input's datagrams (see
/// <see cref="Datagrams"/>) are delivered, then the handshake runs over them on this thread and ends when they are
/// used up, so no handshake thread or timer outlives the input. It must end with a failure and a reason; an
/// exception escaping, or a handshake completing without the client's key, is a finding.
/// </summary>
internal static class DtlsTarget
{
    private static readonly Lazy<DtlsCertificate> Server = new(() => DtlsCertificate.Generate());
    private static readonly Lazy<DtlsCertificate> Client = new(() => DtlsCertificate.Generate());

    internal static void Run(ReadOnlySpan<byte> data)
    {
        // The default queue (64) takes every datagram an input can split into.
        using var handshake = new DtlsSrtpHandshake(DtlsRole.Server, Server.Value, [Client.Value.Fingerprint], _ => { });
        Datagrams.ForEach(data, datagram => handshake.Deliver(datagram));
        var result = handshake.RunOverDelivered();
        if (result.Succeeded || result.Failure is null)
            throw new InvalidOperationException($"a handshake made of replayed bytes ended with {(result.Succeeded ? "keys" : "no reason")}");
    }

    /// <summary>Our client's ClientHello whole, fragmented, reordered and after an alert; Chromium's in its two datagrams.</summary>
    internal static IEnumerable<byte[]> Seeds()
    {
        var hello = CaptureClientHello();
        var (first, second) = Fragment(hello, (hello.Length - 25) / 2);
        yield return Datagrams.Join(hello);
        yield return Datagrams.Join(first, second);
        yield return Datagrams.Join(second, first, hello);
        yield return Datagrams.Join([21, 0xFE, 0xFD, 0, 0, 0, 0, 0, 0, 0, 1, 0, 2, 2, 40], hello);
        yield return Datagrams.Join(Chromium(1), Chromium(2));
    }

    /// <summary>A fragment of the ClientHello Chromium 156 sent on loopback (copied next to the harness by its project file).</summary>
    private static byte[] Chromium(int part) =>
        Convert.FromHexString(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, $"chromium156-clienthello-{part}.hex")).Trim());

    /// <summary>The ClientHello a client-role handshake sends first (ours offers the same profiles Chromium does).</summary>
    private static byte[] CaptureClientHello()
    {
        var first = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var client = new DtlsSrtpHandshake(DtlsRole.Client, Client.Value, [Server.Value.Fingerprint],
            datagram => first.TrySetResult(datagram.ToArray()));
        client.Start();
        return first.Task.WaitAsync(TimeSpan.FromSeconds(10)).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Cuts the single-fragment handshake message of <paramref name="record"/> into two records at body offset
    /// <paramref name="at"/>, as Chromium fragments its large ClientHello (RFC 6347 §4.2.3).
    /// </summary>
    private static (byte[] First, byte[] Second) Fragment(byte[] record, int at)
    {
        const int recordHeader = 13, handshakeHeader = 12;
        var body = record.AsSpan(recordHeader + handshakeHeader);
        return (Piece(record, body[..at], 0, sequence: 0), Piece(record, body[at..], at, sequence: 1));

        static byte[] Piece(byte[] record, ReadOnlySpan<byte> fragment, int offset, long sequence)
        {
            var piece = new byte[recordHeader + handshakeHeader + fragment.Length];
            record.AsSpan(0, recordHeader + handshakeHeader).CopyTo(piece);
            BinaryPrimitives.WriteUInt32BigEndian(piece.AsSpan(7), (uint)sequence);
            BinaryPrimitives.WriteUInt16BigEndian(piece.AsSpan(11), (ushort)(handshakeHeader + fragment.Length));
            WriteUInt24(piece.AsSpan(recordHeader + 6), offset);
            WriteUInt24(piece.AsSpan(recordHeader + 9), fragment.Length);
            fragment.CopyTo(piece.AsSpan(recordHeader + handshakeHeader));
            return piece;
        }

        static void WriteUInt24(Span<byte> destination, int value)
        {
            destination[0] = (byte)(value >> 16);
            destination[1] = (byte)(value >> 8);
            destination[2] = (byte)value;
        }
    }
}
