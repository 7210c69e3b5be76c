using Switchboard.Media.Dtls;
using Switchboard.Media.Ice;
using Switchboard.Media.Sdp;
using Switchboard.Media.Transport;

namespace Switchboard.Media.WebRtc;

/// <summary>
/// Where browsers' audio offers are answered: one per node, over the node's shared <see cref="MediaPort"/> and one
/// DTLS certificate. Each accepted offer becomes a <see cref="WebRtcLeg"/> registered on the port under fresh ICE
/// credentials; the answer is non-trickle (it carries the port's candidates) and ICE-lite.
/// </summary>
public sealed class WebRtcEndpoint
{
    private readonly MediaPort _port;
    private readonly DtlsCertificate _certificate;
    private readonly WebRtcOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Answers offers on <paramref name="port"/> with <paramref name="certificate"/>.</summary>
    public WebRtcEndpoint(MediaPort port, DtlsCertificate certificate, WebRtcOptions? options = null, TimeProvider? time = null)
    {
        _port = port;
        _certificate = certificate;
        _options = options ?? new WebRtcOptions();
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The shared port the legs live on, with its drop counters.</summary>
    public MediaPort Port => _port;

    /// <summary>
    /// Answers a browser's SDP offer. Never throws on a bad offer: the result says what was wrong (not SDP, no
    /// audio, no codec in common, no fingerprint, no ICE credentials…).
    /// </summary>
    /// <param name="offer">The offer's SDP text, as <c>RTCPeerConnection.localDescription.sdp</c> gives it.</param>
    /// <param name="name">The leg's name in logs and recordings.</param>
    public WebRtcAnswer Answer(string? offer, string name)
    {
        if (!SdpParser.TryParse(offer, out var description, out var parseError))
            return WebRtcAnswer.Refused("the offer is not valid SDP: " + parseError);
        var local = IceCredentials.Generate();
        var answered = SdpAnswerer.Answer(description!, new SdpAnswerOptions
        {
            Codecs = _options.Codecs,
            CodecChoice = _options.CodecChoice,
            IceUfrag = local.Ufrag,
            IcePwd = local.Password,
            Fingerprint = _certificate.Fingerprint,
            Candidates = [.. _port.Candidates.Select(SdpCandidate.From)],
        });
        if (!answered.Succeeded) return WebRtcAnswer.Refused(answered.Error ?? "the offer cannot be answered");

        var leg = new WebRtcLeg(name, answered.Audio!, _certificate, _options, _time);
        leg.Bind(_port.Register(local, answered.Audio!.RemoteIceUfrag, leg));
        return new WebRtcAnswer { Sdp = answered.Answer!.ToString(), Leg = leg };
    }
}
