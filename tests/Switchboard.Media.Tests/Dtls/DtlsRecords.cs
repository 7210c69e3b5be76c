using System.Buffers.Binary;

namespace Switchboard.Media.Tests.Dtls;

/// <summary>Just enough of the DTLS record and handshake headers (RFC 6347 §4.1, §4.2.2) to cut flights in tests.</summary>
internal static class DtlsRecords
{
    internal const int RecordHeader = 13, HandshakeHeader = 12;
    internal const byte Handshake = 22, ClientHello = 1;

    internal static IEnumerable<byte[]> Split(byte[] datagram)
    {
        var at = 0;
        while (at + RecordHeader <= datagram.Length)
        {
            var length = RecordHeader + BinaryPrimitives.ReadUInt16BigEndian(datagram.AsSpan(at + 11));
            if (at + length > datagram.Length) yield break;
            yield return datagram.AsSpan(at, length).ToArray();
            at += length;
        }
    }

    internal static int Epoch(byte[] record) => BinaryPrimitives.ReadUInt16BigEndian(record.AsSpan(3));

    internal static bool IsClientHello(byte[] record) =>
        record[0] == Handshake && Epoch(record) == 0 && record.Length > RecordHeader && record[RecordHeader] == ClientHello;

    internal static byte[] WithSequence(byte[] record, long sequence)
    {
        var copy = (byte[])record.Clone();
        BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(5), (ushort)(sequence >> 32));
        BinaryPrimitives.WriteUInt32BigEndian(copy.AsSpan(7), (uint)sequence);
        return copy;
    }

    /// <summary>The fragment offset of the handshake message in a handshake record.</summary>
    internal static int FragmentOffset(byte[] record) => ReadUInt24(record.AsSpan(RecordHeader + 6));

    /// <summary>Cuts a single-fragment handshake record into two records carrying fragments [0, at) and [at, end).</summary>
    internal static (byte[] First, byte[] Second) Fragment(byte[] record, int at)
    {
        var header = record.AsSpan(RecordHeader, HandshakeHeader);
        var body = record.AsSpan(RecordHeader + HandshakeHeader);
        return (Piece(record, header, body[..at], 0), Piece(record, header, body[at..], at));
    }

    private static byte[] Piece(byte[] record, ReadOnlySpan<byte> handshakeHeader, ReadOnlySpan<byte> fragment, int offset)
    {
        var piece = new byte[RecordHeader + HandshakeHeader + fragment.Length];
        record.AsSpan(0, RecordHeader).CopyTo(piece);
        BinaryPrimitives.WriteUInt16BigEndian(piece.AsSpan(11), (ushort)(HandshakeHeader + fragment.Length));
        handshakeHeader.CopyTo(piece.AsSpan(RecordHeader));
        WriteUInt24(piece.AsSpan(RecordHeader + 6), offset);
        WriteUInt24(piece.AsSpan(RecordHeader + 9), fragment.Length);
        fragment.CopyTo(piece.AsSpan(RecordHeader + HandshakeHeader));
        return piece;
    }

    private static int ReadUInt24(ReadOnlySpan<byte> s) => s[0] << 16 | s[1] << 8 | s[2];

    private static void WriteUInt24(Span<byte> s, int value)
    {
        s[0] = (byte)(value >> 16);
        s[1] = (byte)(value >> 8);
        s[2] = (byte)value;
    }
}
