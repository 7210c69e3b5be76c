using System.Buffers.Binary;

namespace Switchboard.Media.Dtmf;

/// <summary>
/// The RFC 4733 §2.3 telephone-event payload: event code, end bit, volume and duration. Every packet of one event
/// carries the event's start timestamp; the duration grows until the end bit is set.
/// </summary>
public readonly record struct TelephoneEvent
{
    /// <summary>Bytes of the payload.</summary>
    public const int Length = 4;

    /// <summary>Largest volume value (−63 dBm0).</summary>
    public const byte MaxVolume = 63;

    /// <summary>The event code: 0–9, 10 (*), 11 (#), 12–15 (A–D) for DTMF; others are tones and flash.</summary>
    public byte Event { get; init; }

    /// <summary>The E bit: this packet reports the end of the event (and its final duration).</summary>
    public bool End { get; init; }

    /// <summary>Power level as −dBm0 (0–63); meaningful for DTMF only.</summary>
    public byte Volume { get; init; }

    /// <summary>Duration so far, in RTP timestamp units since the event's timestamp.</summary>
    public ushort Duration { get; init; }

    /// <summary>Reads the first four bytes of <paramref name="payload"/>; false when it is shorter. Never throws.</summary>
    public static bool TryRead(ReadOnlySpan<byte> payload, out TelephoneEvent telephoneEvent)
    {
        telephoneEvent = default;
        if (payload.Length < Length) return false;
        telephoneEvent = new TelephoneEvent
        {
            Event = payload[0],
            End = (payload[1] & 0x80) != 0,
            Volume = (byte)(payload[1] & 0x3F),
            Duration = BinaryPrimitives.ReadUInt16BigEndian(payload[2..]),
        };
        return true;
    }

    /// <summary>Writes the payload (the reserved bit as zero); false when <paramref name="destination"/> is too short.</summary>
    public bool TryWrite(Span<byte> destination)
    {
        if (destination.Length < Length) return false;
        destination[0] = Event;
        destination[1] = (byte)((End ? 0x80 : 0) | (Volume & 0x3F));
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], Duration);
        return true;
    }
}
