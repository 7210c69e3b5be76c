namespace Switchboard.Media.Srtp;

/// <summary>What a context remembers about one SSRC: the indices it sent or the replay windows of what it received.</summary>
internal sealed class SrtpStream
{
    /// <summary>Highest SRTP index protected for this SSRC; meaningful once <see cref="SendStarted"/>.</summary>
    public ulong SendHighestIndex;

    /// <summary>Whether an RTP packet of this SSRC was protected yet.</summary>
    public bool SendStarted;

    /// <summary>Last SRTCP index used; the first packet gets 1.</summary>
    public uint RtcpSendIndex;

    /// <summary>Replay window over received SRTP indices (its highest index also drives ROC estimation).</summary>
    public ReplayWindow Rtp;

    /// <summary>Replay window over received SRTCP indices.</summary>
    public ReplayWindow Rtcp;
}
