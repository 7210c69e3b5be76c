namespace Switchboard.Media.Sdp;

/// <summary>Whose order of preference picks the codec when the offer has several we accept.</summary>
public enum SdpCodecChoice
{
    /// <summary>
    /// The offer's order (RFC 3264 §6.1: formats are listed in preference order), so a page that called
    /// <c>setCodecPreferences</c> with PCMA first gets PCMA.
    /// </summary>
    Offerer,

    /// <summary>Our <see cref="SdpAnswerOptions.Codecs"/> order.</summary>
    Answerer,
}
