namespace Switchboard.Media.Dtmf;

/// <summary>The sixteen DTMF keys and their RFC 4733 §3.2 event codes.</summary>
public static class DtmfDigits
{
    /// <summary>Every DTMF key in event-code order.</summary>
    public const string All = "0123456789*#ABCD";

    /// <summary>The key of a DTMF event code; false for codes 16 and up (flash and tones).</summary>
    public static bool TryGetDigit(byte eventCode, out char digit)
    {
        digit = eventCode < All.Length ? All[eventCode] : '\0';
        return eventCode < All.Length;
    }

    /// <summary>The event code of a key (<c>a</c>–<c>d</c> accepted for A–D); false for anything else.</summary>
    public static bool TryGetEvent(char digit, out byte eventCode)
    {
        var index = All.IndexOf(char.ToUpperInvariant(digit));
        eventCode = (byte)Math.Max(index, 0);
        return index >= 0;
    }
}
