using System.Globalization;

namespace Switchboard.Media.Sdp;

/// <summary>An <c>a=rtpmap</c> value (RFC 8866 §6.6): <c>0 PCMU/8000</c>, <c>111 opus/48000/2</c>.</summary>
/// <param name="PayloadType">The RTP payload type (0–127).</param>
/// <param name="EncodingName">The codec name as written (compare case-insensitively).</param>
/// <param name="ClockRate">The RTP clock rate in Hz.</param>
/// <param name="Channels">Audio channels when written, else null (meaning one).</param>
public sealed record SdpRtpMap(int PayloadType, string EncodingName, int ClockRate, int? Channels = null)
{
    /// <summary>The attribute value.</summary>
    public override string ToString() =>
        Channels is { } channels ? $"{PayloadType} {EncodingName}/{ClockRate}/{channels}" : $"{PayloadType} {EncodingName}/{ClockRate}";

    /// <summary>Parses an <c>a=rtpmap</c> value; false when it is not <c>pt name/rate[/channels]</c>. Never throws.</summary>
    public static bool TryParse(string? value, out SdpRtpMap? rtpMap)
    {
        rtpMap = null;
        if (value is null) return false;
        var space = value.IndexOf(' ');
        if (space <= 0 || !TryPayloadType(value[..space], out var pt)) return false;
        var parts = value[(space + 1)..].Trim().Split('/');
        if (parts.Length is < 2 or > 3 || parts[0].Length == 0) return false;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var rate) || rate == 0) return false;
        int? channels = null;
        if (parts.Length == 3)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var c) || c == 0) return false;
            channels = c;
        }
        rtpMap = new SdpRtpMap(pt, parts[0], rate, channels);
        return true;
    }

    internal static bool TryPayloadType(string text, out int payloadType) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out payloadType) && payloadType <= 127;
}
