using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Switchboard.Media.Stun;

/// <summary>
/// Builds a STUN message into a caller's buffer: the header first, then attributes in call order, then optionally
/// MESSAGE-INTEGRITY and FINGERPRINT, which must come last in that order. The header's length is kept current after
/// every attribute. A buffer too small for what is written is a programming error and throws
/// <see cref="ArgumentOutOfRangeException"/>; <see cref="MaxIceResponseLength"/> bytes fit any response this stack sends.
/// </summary>
public ref struct StunWriter
{
    /// <summary>A buffer this large holds any Binding response or error response the ICE agent writes.</summary>
    public const int MaxIceResponseLength = 256;

    private const int MaxReasonBytes = 127;

    private readonly Span<byte> _buffer;

    /// <summary>Starts a message of <paramref name="messageClass"/> and <paramref name="method"/> in <paramref name="buffer"/>.</summary>
    public StunWriter(Span<byte> buffer, StunMessageClass messageClass, StunMethod method, StunTransactionId transactionId)
    {
        _buffer = buffer;
        BinaryPrimitives.WriteUInt16BigEndian(buffer, StunMessage.EncodeType(messageClass, method));
        BinaryPrimitives.WriteUInt16BigEndian(buffer[2..], 0);
        BinaryPrimitives.WriteUInt32BigEndian(buffer[4..], StunMessage.MagicCookie);
        transactionId.WriteTo(buffer[8..]);
        Length = StunMessage.HeaderLength;
    }

    /// <summary>Bytes written so far, header included.</summary>
    public int Length { get; private set; }

    /// <summary>The message as written so far.</summary>
    public readonly ReadOnlySpan<byte> Written => _buffer[..Length];

    /// <summary>Appends an attribute, zero-padding its value to a 32-bit boundary.</summary>
    public void AddAttribute(ushort type, ReadOnlySpan<byte> value)
    {
        var slot = Reserve(type, value.Length);
        value.CopyTo(slot);
    }

    /// <summary>Appends USERNAME.</summary>
    public void AddUsername(ReadOnlySpan<byte> username) => AddAttribute(StunAttributeType.Username, username);

    /// <summary>Appends PRIORITY.</summary>
    public void AddPriority(uint priority) =>
        BinaryPrimitives.WriteUInt32BigEndian(Reserve(StunAttributeType.Priority, 4), priority);

    /// <summary>Appends USE-CANDIDATE.</summary>
    public void AddUseCandidate() => Reserve(StunAttributeType.UseCandidate, 0);

    /// <summary>Appends ICE-CONTROLLING with <paramref name="tieBreaker"/>.</summary>
    public void AddIceControlling(ulong tieBreaker) =>
        BinaryPrimitives.WriteUInt64BigEndian(Reserve(StunAttributeType.IceControlling, 8), tieBreaker);

    /// <summary>Appends ICE-CONTROLLED with <paramref name="tieBreaker"/>.</summary>
    public void AddIceControlled(ulong tieBreaker) =>
        BinaryPrimitives.WriteUInt64BigEndian(Reserve(StunAttributeType.IceControlled, 8), tieBreaker);

    /// <summary>Appends XOR-MAPPED-ADDRESS for an IPv4 or IPv6 <paramref name="endPoint"/>.</summary>
    /// <exception cref="ArgumentException">Another address family.</exception>
    public void AddXorMappedAddress(IPEndPoint endPoint)
    {
        var size = endPoint.AddressFamily switch
        {
            AddressFamily.InterNetwork => 4,
            AddressFamily.InterNetworkV6 => 16,
            _ => throw new ArgumentException("XOR-MAPPED-ADDRESS carries IPv4 or IPv6 only.", nameof(endPoint)),
        };
        var value = Reserve(StunAttributeType.XorMappedAddress, 4 + size);
        value[0] = 0;
        value[1] = size == 4 ? (byte)0x01 : (byte)0x02;
        BinaryPrimitives.WriteUInt16BigEndian(value[2..], (ushort)(endPoint.Port ^ (int)(StunMessage.MagicCookie >> 16)));
        endPoint.Address.TryWriteBytes(value[4..], out _);
        // The address is XORed with the cookie followed by the transaction id (only the cookie for IPv4).
        var mask = _buffer.Slice(4, 16);
        for (var i = 0; i < size; i++) value[4 + i] ^= mask[i];
    }

    /// <summary>Appends ERROR-CODE; the reason is cut to 127 UTF-8 bytes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> outside 300–699.</exception>
    public void AddErrorCode(int code, string reason)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(code, 300);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(code, 699);
        Span<byte> phrase = stackalloc byte[MaxReasonBytes * 3];
        var written = Encoding.UTF8.GetBytes(reason.AsSpan(0, Math.Min(reason.Length, MaxReasonBytes)), phrase);
        var phraseLength = Math.Min(written, MaxReasonBytes);
        var value = Reserve(StunAttributeType.ErrorCode, 4 + phraseLength);
        value[0] = 0;
        value[1] = 0;
        value[2] = (byte)(code / 100);
        value[3] = (byte)(code % 100);
        phrase[..phraseLength].CopyTo(value[4..]);
    }

    /// <summary>Appends UNKNOWN-ATTRIBUTES listing <paramref name="types"/>.</summary>
    public void AddUnknownAttributes(ReadOnlySpan<ushort> types)
    {
        var value = Reserve(StunAttributeType.UnknownAttributes, 2 * types.Length);
        for (var i = 0; i < types.Length; i++) BinaryPrimitives.WriteUInt16BigEndian(value[(2 * i)..], types[i]);
    }

    /// <summary>
    /// Appends MESSAGE-INTEGRITY: HMAC-SHA1 keyed with <paramref name="key"/> over everything written so far, with
    /// the header length already counting this attribute.
    /// </summary>
    public void AddMessageIntegrity(ReadOnlySpan<byte> key)
    {
        var prefixLength = Length;
        var value = Reserve(StunAttributeType.MessageIntegrity, 20);
        StunMessage.ComputeIntegrity(_buffer[..prefixLength], key, value);
    }

    /// <summary>Appends FINGERPRINT over everything written so far; nothing may be added after it.</summary>
    public void AddFingerprint()
    {
        var prefixLength = Length;
        var value = Reserve(StunAttributeType.Fingerprint, 4);
        BinaryPrimitives.WriteUInt32BigEndian(value, StunMessage.ComputeFingerprint(_buffer[..prefixLength]));
    }

    /// <summary>Writes an attribute header, zeroes the padded value and updates the message length.</summary>
    private Span<byte> Reserve(ushort type, int valueLength)
    {
        var padded = StunMessage.Padded(valueLength);
        var attribute = _buffer.Slice(Length, StunMessage.AttributeHeaderLength + padded);
        BinaryPrimitives.WriteUInt16BigEndian(attribute, type);
        BinaryPrimitives.WriteUInt16BigEndian(attribute[2..], (ushort)valueLength);
        attribute[StunMessage.AttributeHeaderLength..].Clear();
        Length += attribute.Length;
        BinaryPrimitives.WriteUInt16BigEndian(_buffer[2..], (ushort)(Length - StunMessage.HeaderLength));
        return attribute.Slice(StunMessage.AttributeHeaderLength, valueLength);
    }
}
