namespace Switchboard.Media;

/// <summary>How a room connects its participants.</summary>
public enum MediaRoomMode
{
    /// <summary>Two participants bridged, packets passed through undecoded when their codecs match.</summary>
    Bridge,

    /// <summary>Any number of participants mixed; each hears all the others.</summary>
    Mix,
}
