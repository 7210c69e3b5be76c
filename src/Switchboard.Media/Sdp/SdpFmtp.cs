namespace Switchboard.Media.Sdp;

/// <summary>An <c>a=fmtp</c> value: a payload type and its format parameters (<c>126 0-15</c>).</summary>
/// <param name="PayloadType">The payload type the parameters belong to.</param>
/// <param name="Parameters">The parameters as written.</param>
public sealed record SdpFmtp(int PayloadType, string Parameters)
{
    /// <summary>The attribute value.</summary>
    public override string ToString() => $"{PayloadType} {Parameters}";

    /// <summary>Parses an <c>a=fmtp</c> value; false when it does not start with a payload type. Never throws.</summary>
    public static bool TryParse(string? value, out SdpFmtp? fmtp)
    {
        fmtp = null;
        if (value is null) return false;
        var space = value.IndexOf(' ');
        if (space <= 0 || !SdpRtpMap.TryPayloadType(value[..space], out var pt)) return false;
        fmtp = new SdpFmtp(pt, value[(space + 1)..]);
        return true;
    }
}
