using System.Buffers;
using System.Buffers.Binary;
using System.Net;
using System.Security.Cryptography;

namespace Switchboard.Media.Stun;

/// <summary>
/// A STUN message (RFC 8489) read in place from a datagram: the header fields, attribute look-ups and the
/// MESSAGE-INTEGRITY and FINGERPRINT checks. Nothing is copied; the message is only valid while the datagram is.
/// </summary>
public readonly ref struct StunMessage
{
    /// <summary>Bytes of the fixed header: type, length, magic cookie, transaction id.</summary>
    public const int HeaderLength = 20;

    /// <summary>The magic cookie every RFC 5389/8489 message carries in bytes 4–7.</summary>
    public const uint MagicCookie = 0x2112A442;

    /// <summary>What FINGERPRINT's CRC-32 is XORed with, so a STUN CRC differs from one of the payload it rides in.</summary>
    public const uint FingerprintXor = 0x5354554E;

    internal const int AttributeHeaderLength = 4;
    private const int IntegrityLength = 20, FingerprintLength = 4;
    private const int IntegrityAttributeLength = AttributeHeaderLength + IntegrityLength;
    private const int FingerprintAttributeLength = AttributeHeaderLength + FingerprintLength;

    private readonly ReadOnlySpan<byte> _bytes;

    /// <summary>Offset of the first MESSAGE-INTEGRITY attribute, or -1.</summary>
    private readonly int _integrityOffset;

    /// <summary>Offset of the FINGERPRINT attribute (always last), or -1.</summary>
    private readonly int _fingerprintOffset;

    private StunMessage(ReadOnlySpan<byte> bytes, StunMessageClass messageClass, StunMethod method, int integrityOffset,
        int fingerprintOffset)
    {
        _bytes = bytes;
        Class = messageClass;
        Method = method;
        _integrityOffset = integrityOffset;
        _fingerprintOffset = fingerprintOffset;
    }

    /// <summary>Request, indication, success or error response.</summary>
    public StunMessageClass Class { get; }

    /// <summary>The method; ICE uses <see cref="StunMethod.Binding"/> only.</summary>
    public StunMethod Method { get; }

    /// <summary>The transaction id a response must echo.</summary>
    public StunTransactionId TransactionId => StunTransactionId.Read(_bytes[8..]);

    /// <summary>The whole message as received.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>Whether a MESSAGE-INTEGRITY attribute is present.</summary>
    public bool HasMessageIntegrity => _integrityOffset >= 0;

    /// <summary>Whether a FINGERPRINT attribute is present.</summary>
    public bool HasFingerprint => _fingerprintOffset >= 0;

    /// <summary>The attributes in wire order, including any after MESSAGE-INTEGRITY (look-ups ignore those).</summary>
    public StunAttributeEnumerator Attributes => new(_bytes);

    /// <summary>
    /// Reads <paramref name="datagram"/> as one STUN message. False unless the two top bits are zero, the magic cookie
    /// is right, the length field covers exactly the rest of the datagram in 32-bit units, every attribute fits,
    /// MESSAGE-INTEGRITY and FINGERPRINT have their fixed sizes and FINGERPRINT is the last attribute. Never throws.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> datagram, out StunMessage message)
    {
        message = default;
        if (datagram.Length < HeaderLength || (datagram[0] & 0xC0) != 0) return false;
        var type = BinaryPrimitives.ReadUInt16BigEndian(datagram);
        var length = BinaryPrimitives.ReadUInt16BigEndian(datagram[2..]);
        if (BinaryPrimitives.ReadUInt32BigEndian(datagram[4..]) != MagicCookie) return false;
        if ((length & 3) != 0 || HeaderLength + length != datagram.Length) return false;

        int integrity = -1, fingerprint = -1;
        for (var offset = HeaderLength; offset < datagram.Length;)
        {
            if (fingerprint >= 0) return false; // something follows FINGERPRINT
            if (offset + AttributeHeaderLength > datagram.Length) return false;
            var attributeType = BinaryPrimitives.ReadUInt16BigEndian(datagram[offset..]);
            var attributeLength = BinaryPrimitives.ReadUInt16BigEndian(datagram[(offset + 2)..]);
            var next = offset + AttributeHeaderLength + Padded(attributeLength);
            if (next > datagram.Length) return false;
            if (attributeType == StunAttributeType.MessageIntegrity && integrity < 0)
            {
                if (attributeLength != IntegrityLength) return false;
                integrity = offset;
            }
            else if (attributeType == StunAttributeType.Fingerprint)
            {
                if (attributeLength != FingerprintLength) return false;
                fingerprint = offset;
            }
            offset = next;
        }
        message = new StunMessage(datagram, DecodeClass(type), DecodeMethod(type), integrity, fingerprint);
        return true;
    }

    /// <summary>
    /// Finds the first attribute of <paramref name="type"/> that precedes MESSAGE-INTEGRITY (RFC 8489 §14.5: anything
    /// after it, except FINGERPRINT, is not covered by the integrity check and must be ignored).
    /// </summary>
    public bool TryGetAttribute(ushort type, out ReadOnlySpan<byte> value)
    {
        foreach (var attribute in Attributes)
        {
            if (_integrityOffset >= 0 && attribute.Offset >= _integrityOffset) break;
            if (attribute.Type != type) continue;
            value = attribute.Value;
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>USERNAME as raw UTF-8 bytes; for ICE, "receiver ufrag:sender ufrag".</summary>
    public bool TryGetUsername(out ReadOnlySpan<byte> username) =>
        TryGetAttribute(StunAttributeType.Username, out username);

    /// <summary>PRIORITY (a 32-bit value); false when absent or of the wrong size.</summary>
    public bool TryGetPriority(out uint priority)
    {
        priority = 0;
        if (!TryGetAttribute(StunAttributeType.Priority, out var value) || value.Length != 4) return false;
        priority = BinaryPrimitives.ReadUInt32BigEndian(value);
        return true;
    }

    /// <summary>Whether USE-CANDIDATE (an empty attribute) is present: the controlling agent nominates this pair.</summary>
    public bool HasUseCandidate => TryGetAttribute(StunAttributeType.UseCandidate, out var value) && value.IsEmpty;

    /// <summary>The tie-breaker of ICE-CONTROLLING; false when absent or of the wrong size.</summary>
    public bool TryGetIceControlling(out ulong tieBreaker) => TryGetUInt64(StunAttributeType.IceControlling, out tieBreaker);

    /// <summary>The tie-breaker of ICE-CONTROLLED; false when absent or of the wrong size.</summary>
    public bool TryGetIceControlled(out ulong tieBreaker) => TryGetUInt64(StunAttributeType.IceControlled, out tieBreaker);

    /// <summary>
    /// XOR-MAPPED-ADDRESS decoded to an endpoint (IPv4 or IPv6); false when absent, of an unknown family or the wrong
    /// size. Allocates the endpoint; used on responses, never on the server's per-check path.
    /// </summary>
    public bool TryGetXorMappedAddress(out IPEndPoint? endPoint)
    {
        endPoint = null;
        if (!TryGetAttribute(StunAttributeType.XorMappedAddress, out var value) || value.Length < 8 || value[0] != 0)
            return false;
        var port = (ushort)(BinaryPrimitives.ReadUInt16BigEndian(value[2..]) ^ (MagicCookie >> 16));
        Span<byte> address = stackalloc byte[16];
        var family = value[1];
        int size;
        if (family == 0x01 && value.Length == 8) size = 4;
        else if (family == 0x02 && value.Length == 20) size = 16;
        else return false;
        Span<byte> mask = stackalloc byte[16];
        BinaryPrimitives.WriteUInt32BigEndian(mask, MagicCookie);
        _bytes.Slice(8, StunTransactionId.Length).CopyTo(mask[4..]);
        for (var i = 0; i < size; i++) address[i] = (byte)(value[4 + i] ^ mask[i]);
        endPoint = new IPEndPoint(new IPAddress(address[..size]), port);
        return true;
    }

    /// <summary>ERROR-CODE as a number (300–699) and its UTF-8 reason phrase; false when absent or malformed.</summary>
    public bool TryGetErrorCode(out int code, out ReadOnlySpan<byte> reason)
    {
        code = 0;
        reason = default;
        if (!TryGetAttribute(StunAttributeType.ErrorCode, out var value) || value.Length < 4) return false;
        int errorClass = value[2] & 0x07, number = value[3];
        if (errorClass is < 3 or > 6 || number > 99) return false;
        code = errorClass * 100 + number;
        reason = value[4..];
        return true;
    }

    /// <summary>
    /// Copies the types listed in UNKNOWN-ATTRIBUTES into <paramref name="destination"/>; false when absent or of an
    /// odd length. <paramref name="count"/> is the number listed, which may exceed what fitted.
    /// </summary>
    public bool TryGetUnknownAttributes(Span<ushort> destination, out int count)
    {
        count = 0;
        if (!TryGetAttribute(StunAttributeType.UnknownAttributes, out var value) || (value.Length & 1) != 0) return false;
        count = value.Length / 2;
        for (var i = 0; i < count && i < destination.Length; i++)
            destination[i] = BinaryPrimitives.ReadUInt16BigEndian(value[(2 * i)..]);
        return true;
    }

    /// <summary>
    /// Copies the comprehension-required attribute types this stack does not understand (the content of a 420
    /// response) into <paramref name="destination"/> and returns how many there are, which may exceed what fitted.
    /// </summary>
    public int FindUnknownComprehensionRequired(Span<ushort> destination)
    {
        var count = 0;
        foreach (var attribute in Attributes)
        {
            if (_integrityOffset >= 0 && attribute.Offset >= _integrityOffset) break;
            if (!StunAttributeType.IsComprehensionRequired(attribute.Type) || StunAttributeType.IsKnown(attribute.Type))
                continue;
            if (count < destination.Length) destination[count] = attribute.Type;
            count++;
        }
        return count;
    }

    /// <summary>
    /// Checks FINGERPRINT: the CRC-32 of everything before it, XOR 0x5354554E. The header's length already covers
    /// FINGERPRINT because <see cref="TryRead"/> only accepts it as the last attribute.
    /// </summary>
    public StunIntegrityCheck VerifyFingerprint()
    {
        if (_fingerprintOffset < 0) return StunIntegrityCheck.Missing;
        var expected = BinaryPrimitives.ReadUInt32BigEndian(_bytes[(_fingerprintOffset + AttributeHeaderLength)..]);
        return ComputeFingerprint(_bytes[.._fingerprintOffset]) == expected
            ? StunIntegrityCheck.Valid
            : StunIntegrityCheck.Invalid;
    }

    /// <summary>
    /// Checks MESSAGE-INTEGRITY with the short-term credential <paramref name="key"/> (for ICE, the UTF-8 of the
    /// receiving agent's password). The HMAC-SHA1 covers the message up to the attribute, with the header's length
    /// rewritten as if MESSAGE-INTEGRITY were the last attribute (RFC 8489 §14.5), so a FINGERPRINT after it does not
    /// change the result. Compared in constant time. Does not allocate for datagrams up to 1 KiB.
    /// </summary>
    public StunIntegrityCheck VerifyMessageIntegrity(ReadOnlySpan<byte> key)
    {
        if (_integrityOffset < 0) return StunIntegrityCheck.Missing;
        Span<byte> mac = stackalloc byte[IntegrityLength];
        ComputeIntegrity(_bytes[.._integrityOffset], key, mac);
        var received = _bytes.Slice(_integrityOffset + AttributeHeaderLength, IntegrityLength);
        return CryptographicOperations.FixedTimeEquals(mac, received)
            ? StunIntegrityCheck.Valid
            : StunIntegrityCheck.Invalid;
    }

    /// <summary>
    /// HMAC-SHA1 of <paramref name="prefix"/> (header and attributes before MESSAGE-INTEGRITY) with the header length
    /// adjusted to end right after a MESSAGE-INTEGRITY appended to it.
    /// </summary>
    internal static void ComputeIntegrity(ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> key, Span<byte> mac)
    {
        byte[]? rented = null;
        var copy = prefix.Length <= 1024
            ? stackalloc byte[prefix.Length]
            : (rented = ArrayPool<byte>.Shared.Rent(prefix.Length)).AsSpan(0, prefix.Length);
        try
        {
            prefix.CopyTo(copy);
            BinaryPrimitives.WriteUInt16BigEndian(copy[2..],
                (ushort)(prefix.Length + IntegrityAttributeLength - HeaderLength));
            HMACSHA1.HashData(key, copy, mac);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    internal static uint ComputeFingerprint(ReadOnlySpan<byte> prefix) => StunCrc32.Compute(prefix) ^ FingerprintXor;

    internal static int Padded(int length) => (length + 3) & ~3;

    internal static StunMessageClass DecodeClass(ushort type) =>
        (StunMessageClass)(((type >> 7) & 0b10) | ((type >> 4) & 0b01));

    internal static StunMethod DecodeMethod(ushort type) =>
        (StunMethod)((type & 0x000F) | ((type & 0x00E0) >> 1) | ((type & 0x3E00) >> 2));

    internal static ushort EncodeType(StunMessageClass messageClass, StunMethod method)
    {
        var m = (int)method & 0x0FFF;
        var c = (int)messageClass & 0b11;
        return (ushort)(((m & 0xF80) << 2) | ((m & 0x070) << 1) | (m & 0x00F) | ((c & 0b10) << 7) | ((c & 0b01) << 4));
    }

    private bool TryGetUInt64(ushort type, out ulong result)
    {
        result = 0;
        if (!TryGetAttribute(type, out var value) || value.Length != 8) return false;
        result = BinaryPrimitives.ReadUInt64BigEndian(value);
        return true;
    }
}
