using System.Globalization;
using System.Security.Cryptography;
using Switchboard.Media.Dtls;

namespace Switchboard.Media.Sdp;

/// <summary>
/// Answers a browser's audio offer (RFC 3264) as a non-trickle ICE-lite endpoint: one audio section accepted with one
/// G.711 codec plus telephone-event, rtcp-mux, the offer's mid in a BUNDLE group, our ICE credentials, fingerprint,
/// setup role and all our candidates followed by end-of-candidates. Other sections are rejected with port 0.
/// </summary>
public static class SdpAnswerer
{
    private const string TelephoneEvent = "telephone-event";

    /// <summary>Builds the answer; an offer we cannot serve gives a result with <see cref="SdpAnswerResult.Error"/>.</summary>
    public static SdpAnswerResult Answer(SdpSessionDescription offer, SdpAnswerOptions options)
    {
        ArgumentNullException.ThrowIfNull(offer);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.IceUfrag);
        ArgumentException.ThrowIfNullOrEmpty(options.IcePwd);
        ArgumentNullException.ThrowIfNull(options.Fingerprint);
        if (options.Setup is not (SdpSetup.Passive or SdpSetup.Active))
            throw new ArgumentException("our setup role is passive or active", nameof(options));

        var audio = offer.Media.FirstOrDefault(m => m.Media == "audio" && m.Port != 0);
        if (audio is null) return SdpAnswerResult.Refused("the offer has no audio section");

        var ufrag = offer.IceUfragFor(audio);
        var pwd = offer.IcePwdFor(audio);
        if (string.IsNullOrEmpty(ufrag) || string.IsNullOrEmpty(pwd))
            return SdpAnswerResult.Refused("the offer has no ICE credentials (a=ice-ufrag and a=ice-pwd)");
        var fingerprints = offer.FingerprintsFor(audio);
        if (fingerprints.Count == 0)
            return SdpAnswerResult.Refused("the offer has no usable a=fingerprint, so its DTLS certificate cannot be checked");
        if (!audio.RtcpMux)
            return SdpAnswerResult.Refused("the offer does not use rtcp-mux, which this server requires");

        var setupValue = audio.Attributes.Value("setup") ?? offer.Attributes.Value("setup");
        if (setupValue is not null && offer.SetupFor(audio) is null)
            return SdpAnswerResult.Refused($"the offer's a=setup:{setupValue} is not actpass, active, passive or holdconn");
        SdpSetup ourSetup;
        switch (offer.SetupFor(audio))
        {
            case SdpSetup.ActPass: ourSetup = options.Setup; break;
            case SdpSetup.Passive: ourSetup = SdpSetup.Active; break;
            case SdpSetup.Active or null: ourSetup = SdpSetup.Passive; break; // RFC 4145 §4: absent means active
            default: return SdpAnswerResult.Refused("the offer's a=setup:holdconn leaves no DTLS role to take");
        }

        var codec = ChooseCodec(audio, options);
        if (codec is not { } chosen)
        {
            var offered = string.Join(", ", audio.RtpMaps.Select(m => $"{m.EncodingName}/{m.ClockRate}").Distinct());
            return SdpAnswerResult.Refused(
                $"the offer's audio has no codec we accept ({string.Join(", ", options.Codecs.Select(Name))}); it offers {(offered.Length > 0 ? offered : "none")}");
        }
        var telephoneEvent = options.TelephoneEvent ? ChooseTelephoneEvent(audio) : null;

        var direction = audio.Direction switch
        {
            SdpDirection.SendOnly => SdpDirection.RecvOnly,
            SdpDirection.RecvOnly => SdpDirection.SendOnly,
            var same => same,
        };

        var accepted = BuildAudio(audio, options, chosen, telephoneEvent, ourSetup, direction);
        var media = offer.Media.Select(m => ReferenceEquals(m, audio) ? accepted : Reject(m)).ToList();
        var sessionAttributes = new List<SdpAttribute>();
        if (audio.Mid is { } mid && offer.BundleMids.Contains(mid)) sessionAttributes.Add(new SdpAttribute("group", $"BUNDLE {mid}"));
        sessionAttributes.Add(new SdpAttribute("ice-lite"));

        var answer = new SdpSessionDescription
        {
            Origin = new SdpOrigin("-", options.SessionId ?? RandomSessionId(), "2", "IN", "IP4", "127.0.0.1"),
            SessionName = "-",
            Lines = [new SdpLine('t', "0 0")],
            Attributes = sessionAttributes,
            Media = media,
        };
        return new SdpAnswerResult
        {
            Answer = answer,
            Audio = new SdpNegotiatedAudio
            {
                Mid = audio.Mid,
                Codec = chosen,
                PayloadType = (int)chosen,
                TelephoneEventPayloadType = telephoneEvent?.PayloadType,
                Ptime = options.Ptime,
                DtlsRole = ourSetup == SdpSetup.Passive ? DtlsRole.Server : DtlsRole.Client,
                Direction = direction,
                RemoteIceUfrag = ufrag,
                RemoteIcePwd = pwd,
                RemoteFingerprints = fingerprints,
                RemoteCandidates = audio.Candidates.ToList(),
            },
        };
    }

    private static SdpAudioCodec? ChooseCodec(SdpMediaDescription audio, SdpAnswerOptions options)
    {
        var offered = new List<SdpAudioCodec>();
        foreach (var format in audio.Formats)
        {
            if (!SdpRtpMap.TryPayloadType(format, out var pt)) continue;
            if (CodecOf(audio, pt) is { } codec && options.Codecs.Contains(codec) && !offered.Contains(codec)) offered.Add(codec);
        }
        if (offered.Count == 0) return null;
        return options.CodecChoice == SdpCodecChoice.Offerer ? offered[0] : options.Codecs.First(offered.Contains);
    }

    /// <summary>The G.711 codec a payload type carries: its rtpmap when written, else the static RFC 3551 assignment.</summary>
    private static SdpAudioCodec? CodecOf(SdpMediaDescription audio, int payloadType)
    {
        var map = audio.RtpMaps.FirstOrDefault(m => m.PayloadType == payloadType);
        if (map is null)
            return payloadType switch { 0 => SdpAudioCodec.Pcmu, 8 => SdpAudioCodec.Pcma, _ => null };
        if (map.ClockRate != 8000 || map.Channels is > 1) return null;
        // A static payload type must carry its static codec (RFC 3551); anything else is not G.711 as we know it.
        if (map.EncodingName.Equals("PCMU", StringComparison.OrdinalIgnoreCase) && payloadType == 0) return SdpAudioCodec.Pcmu;
        if (map.EncodingName.Equals("PCMA", StringComparison.OrdinalIgnoreCase) && payloadType == 8) return SdpAudioCodec.Pcma;
        return null;
    }

    private static SdpRtpMap? ChooseTelephoneEvent(SdpMediaDescription audio)
    {
        foreach (var format in audio.Formats)
        {
            if (!SdpRtpMap.TryPayloadType(format, out var pt) || pt < 96) continue;
            var map = audio.RtpMaps.FirstOrDefault(m => m.PayloadType == pt);
            if (map is not null && map.ClockRate == 8000 && map.EncodingName.Equals(TelephoneEvent, StringComparison.OrdinalIgnoreCase)) return map;
        }
        return null;
    }

    private static SdpMediaDescription BuildAudio(SdpMediaDescription offer, SdpAnswerOptions options, SdpAudioCodec codec,
        SdpRtpMap? telephoneEvent, SdpSetup setup, SdpDirection direction)
    {
        var first = options.Candidates.FirstOrDefault();
        var formats = new List<string> { ((int)codec).ToString(CultureInfo.InvariantCulture) };
        if (telephoneEvent is not null) formats.Add(telephoneEvent.PayloadType.ToString(CultureInfo.InvariantCulture));

        var attributes = new List<SdpAttribute>();
        if (offer.Mid is { } mid) attributes.Add(new SdpAttribute("mid", mid));
        attributes.Add(new SdpAttribute("ice-ufrag", options.IceUfrag));
        attributes.Add(new SdpAttribute("ice-pwd", options.IcePwd));
        attributes.Add(new SdpAttribute("fingerprint", options.Fingerprint.ToString()));
        attributes.Add(new SdpAttribute("setup", SdpAttributes.Format(setup)));
        attributes.Add(new SdpAttribute(SdpAttributes.Format(direction)));
        attributes.Add(new SdpAttribute("rtcp-mux"));
        attributes.Add(new SdpAttribute("rtpmap", new SdpRtpMap((int)codec, Name(codec), 8000).ToString()));
        if (telephoneEvent is not null)
        {
            attributes.Add(new SdpAttribute("rtpmap", new SdpRtpMap(telephoneEvent.PayloadType, TelephoneEvent, 8000).ToString()));
            attributes.Add(new SdpAttribute("fmtp", new SdpFmtp(telephoneEvent.PayloadType, "0-15").ToString()));
        }
        attributes.Add(new SdpAttribute("ptime", options.Ptime.ToString(CultureInfo.InvariantCulture)));
        if (options.Ssrc is { } ssrc && options.CName is { } cname)
            attributes.Add(new SdpAttribute("ssrc", $"{ssrc.ToString(CultureInfo.InvariantCulture)} cname:{cname}"));
        foreach (var candidate in options.Candidates)
            attributes.Add(new SdpAttribute("candidate", candidate.ToString()["candidate:".Length..]));
        attributes.Add(new SdpAttribute("end-of-candidates"));

        return new SdpMediaDescription
        {
            Media = "audio",
            Port = first?.Port ?? 9,
            Protocol = offer.Protocol,
            Formats = formats,
            Lines = [new SdpLine('c', Connection(first?.Address))],
            Attributes = attributes,
        };
    }

    private static SdpMediaDescription Reject(SdpMediaDescription offer)
    {
        var attributes = new List<SdpAttribute>();
        if (offer.Mid is { } mid) attributes.Add(new SdpAttribute("mid", mid));
        attributes.Add(new SdpAttribute("inactive"));
        return new SdpMediaDescription
        {
            Media = offer.Media, Port = 0, Protocol = offer.Protocol, Formats = offer.Formats,
            Lines = [new SdpLine('c', "IN IP4 0.0.0.0")], Attributes = attributes,
        };
    }

    private static string Connection(string? address) => address switch
    {
        null => "IN IP4 0.0.0.0",
        _ when address.Contains(':') => $"IN IP6 {address}",
        _ => $"IN IP4 {address}",
    };

    private static string Name(SdpAudioCodec codec) => codec == SdpAudioCodec.Pcma ? "PCMA" : "PCMU";

    private static string RandomSessionId() =>
        (RandomNumberGenerator.GetInt32(int.MaxValue) * 1000L + RandomNumberGenerator.GetInt32(1000)).ToString(CultureInfo.InvariantCulture);
}
