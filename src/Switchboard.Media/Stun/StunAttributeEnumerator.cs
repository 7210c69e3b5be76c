using System.Buffers.Binary;

namespace Switchboard.Media.Stun;

/// <summary>
/// Walks the attributes of a message already validated by <see cref="StunMessage.TryRead"/>, in wire order, without
/// allocating. Usable in <c>foreach</c>.
/// </summary>
public ref struct StunAttributeEnumerator
{
    private readonly ReadOnlySpan<byte> _message;
    private int _next;

    internal StunAttributeEnumerator(ReadOnlySpan<byte> message)
    {
        _message = message;
        _next = StunMessage.HeaderLength;
        Current = default;
    }

    /// <summary>The attribute the enumerator stands on.</summary>
    public StunAttribute Current { get; private set; }

    /// <summary>Returns this enumerator, so a <see cref="StunMessage"/>'s attributes work with <c>foreach</c>.</summary>
    public readonly StunAttributeEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next attribute; false at the end of the message.</summary>
    public bool MoveNext()
    {
        // TryRead proved every header and value fits, so these reads cannot run past the end; the checks stay so that
        // a default-constructed enumerator ends instead of throwing.
        if (_next + StunMessage.AttributeHeaderLength > _message.Length) return false;
        var type = BinaryPrimitives.ReadUInt16BigEndian(_message[_next..]);
        var length = BinaryPrimitives.ReadUInt16BigEndian(_message[(_next + 2)..]);
        var valueStart = _next + StunMessage.AttributeHeaderLength;
        if (valueStart + length > _message.Length) return false;
        Current = new StunAttribute(type, _message.Slice(valueStart, length), _next);
        _next = valueStart + StunMessage.Padded(length);
        return true;
    }
}
