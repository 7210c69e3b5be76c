using System.Net;
using Switchboard.Media.Audio;
using Switchboard.Media.Transport;

namespace Switchboard.Media;

/// <summary>
/// Two carrier endpoints connected through this node over plain RTP: a <see cref="PlainRtpLeg"/> facing each, joined
/// by a <see cref="Bridge"/> (packets pass through renumbered when the codecs match, else are transcoded every tick).
/// </summary>
public sealed class RtpRelay : IDisposable
{
    private readonly PlainRtpLeg _a;
    private readonly PlainRtpLeg _b;
    private readonly Bridge _bridge;
    private readonly IPAddress _advertised;

    internal RtpRelay(string id, PlainRtpLeg a, PlainRtpLeg b, IPAddress advertised)
    {
        Id = id;
        _a = a;
        _b = b;
        _advertised = advertised;
        _bridge = new Bridge(a.Audio, b.Audio);
    }

    /// <summary>The relay's id.</summary>
    public string Id { get; }

    /// <summary>One 20 ms step of the bridge (drains the jitter buffers, transcodes when the codecs differ).</summary>
    internal void Tick() => _bridge.Tick();

    /// <summary>The relay as the diagnostic endpoint shows it.</summary>
    public RtpRelayView View() => new(Id, _bridge.Passthrough, View(_a), View(_b));

    /// <summary>Stops the bridge, closes both legs and gives their ports back.</summary>
    public void Dispose()
    {
        _bridge.Dispose();
        _a.Dispose();
        _b.Dispose();
    }

    private RtpRelayLegView View(PlainRtpLeg leg)
    {
        var c = leg.Counters;
        return new RtpRelayLegView(_advertised.ToString(), leg.LocalEndPoint.Port, leg.Audio.Codec.Name, leg.Remote?.ToString(), leg.Latched,
            c.Received, c.Delivered, c.Sent, c.NotRtp, c.WrongPayloadType, c.WrongSource, c.RtcpReceived);
    }
}
