using System.Buffers.Binary;

namespace Switchboard.Media.Rtcp;

/// <summary>
/// Walks the packets of a compound RTCP packet (RFC 3550 §6.1). Every header is checked (version 2, length inside
/// the datagram, padding inside the packet); the first packet that fails stops the walk and sets
/// <see cref="Malformed"/>, so a caller can count the datagram as bad. Never throws, never allocates.
/// </summary>
public ref struct RtcpCompoundReader
{
    private ReadOnlySpan<byte> _remaining;

    /// <summary>Starts reading <paramref name="compound"/> (an RTCP datagram after SRTCP unprotect).</summary>
    public RtcpCompoundReader(ReadOnlySpan<byte> compound)
    {
        _remaining = compound;
        Malformed = compound.IsEmpty;
    }

    /// <summary>Whether the walk stopped on something that is not valid RTCP.</summary>
    public bool Malformed { get; private set; }

    /// <summary>Reads the next packet; false at the end of the datagram or on the first malformed packet.</summary>
    public bool TryReadNext(out RtcpPacket packet)
    {
        packet = default;
        if (_remaining.IsEmpty || Malformed) return false;
        if (_remaining.Length < 4 || _remaining[0] >> 6 != 2)
        {
            Malformed = true;
            return false;
        }
        var length = 4 * (BinaryPrimitives.ReadUInt16BigEndian(_remaining[2..]) + 1);
        if (length > _remaining.Length)
        {
            Malformed = true;
            return false;
        }
        var payload = _remaining[4..length];
        if ((_remaining[0] & 0x20) != 0)
        {
            // The last byte counts the padding, itself included; zero or more than the payload is invalid.
            var padding = payload.IsEmpty ? 0 : payload[^1];
            if (padding == 0 || padding > payload.Length)
            {
                Malformed = true;
                return false;
            }
            payload = payload[..^padding];
        }
        packet = new RtcpPacket(_remaining[1], _remaining[0] & 0x1F, payload);
        _remaining = _remaining[length..];
        return true;
    }
}
