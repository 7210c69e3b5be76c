namespace Switchboard.Media.Dtmf;

/// <summary>One RTP packet of a telephone event as <see cref="DtmfSender"/> plans it.</summary>
/// <param name="Marker">The RTP marker bit: set on the first packet of the event only.</param>
/// <param name="Timestamp">The RTP timestamp: the event's start, the same for all its packets.</param>
/// <param name="Event">The payload to write with <see cref="TelephoneEvent.TryWrite"/>.</param>
/// <param name="SendAfter">When to send it, counted from the event's first packet.</param>
public readonly record struct DtmfPacket(bool Marker, uint Timestamp, TelephoneEvent Event, TimeSpan SendAfter);
