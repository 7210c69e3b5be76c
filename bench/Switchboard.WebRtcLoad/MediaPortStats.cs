namespace Switchboard.WebRtcLoad;

/// <summary>What <c>GET /media/stats</c> reports.</summary>
internal sealed record MediaPortStats(int Legs, long Received, long Sent, string Port);
