namespace Switchboard.Media.Stun;

/// <summary>One attribute of a STUN message as it sits in the datagram: its type and its value without padding.</summary>
public readonly ref struct StunAttribute
{
    internal StunAttribute(ushort type, ReadOnlySpan<byte> value, int offset)
    {
        Type = type;
        Value = value;
        Offset = offset;
    }

    /// <summary>The attribute type (see <see cref="StunAttributeType"/>).</summary>
    public ushort Type { get; }

    /// <summary>The value, without the padding to the next 32-bit boundary.</summary>
    public ReadOnlySpan<byte> Value { get; }

    /// <summary>Where the attribute's 4-byte header starts in the message.</summary>
    public int Offset { get; }
}
