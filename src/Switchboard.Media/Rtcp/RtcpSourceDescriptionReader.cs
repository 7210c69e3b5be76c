using System.Buffers.Binary;

namespace Switchboard.Media.Rtcp;

/// <summary>
/// Walks the items of an SDES packet (RFC 3550 §6.5): each chunk is an SSRC followed by type-length-value items,
/// ended by a zero byte and padded to 32 bits. Stops (and sets <see cref="Malformed"/>) on anything that runs past
/// the packet. Never throws.
/// </summary>
public ref struct RtcpSourceDescriptionReader
{
    /// <summary>Item type of the canonical name, the one item every compound packet must carry.</summary>
    public const byte CnameItem = 1;

    private ReadOnlySpan<byte> _remaining;
    private int _chunksLeft;
    private uint _ssrc;
    private bool _inChunk;
    private int _chunkOffset;

    /// <summary>Starts reading an SDES packet; <see cref="Malformed"/> when it is of another type.</summary>
    public RtcpSourceDescriptionReader(RtcpPacket packet)
    {
        _remaining = packet.Payload;
        _chunksLeft = packet.Count;
        Malformed = packet.Type != RtcpPacketType.SourceDescription;
    }

    /// <summary>Whether the walk stopped on a truncated chunk or item.</summary>
    public bool Malformed { get; private set; }

    /// <summary>Reads the next item of any chunk; false at the end or on the first malformed chunk.</summary>
    public bool TryReadNext(out uint ssrc, out byte itemType, out ReadOnlySpan<byte> value)
    {
        ssrc = 0;
        itemType = 0;
        value = default;
        while (!Malformed)
        {
            if (!_inChunk)
            {
                if (_chunksLeft == 0) return false;
                if (_remaining.Length < 4) return Fail();
                _ssrc = BinaryPrimitives.ReadUInt32BigEndian(_remaining);
                _remaining = _remaining[4..];
                _chunksLeft--;
                _inChunk = true;
                // The item list starts 4 bytes into the chunk; its padding is counted from the chunk start.
                _chunkOffset = 4;
            }
            if (_remaining.IsEmpty) return Fail();
            if (_remaining[0] == 0)
            {
                // The end marker plus padding up to the next 32-bit boundary of the chunk.
                var skip = 4 - (_chunkOffset % 4);
                if (skip > _remaining.Length) return Fail();
                _remaining = _remaining[skip..];
                _inChunk = false;
                continue;
            }
            if (_remaining.Length < 2 || _remaining.Length < 2 + _remaining[1]) return Fail();
            ssrc = _ssrc;
            itemType = _remaining[0];
            value = _remaining.Slice(2, _remaining[1]);
            _chunkOffset += 2 + value.Length;
            _remaining = _remaining[(2 + value.Length)..];
            return true;
        }
        return false;
    }

    private bool Fail()
    {
        Malformed = true;
        return false;
    }
}
