using Switchboard.Media.Fuzz.Targets;
using Switchboard.Media.FuzzCanary;
using Switchboard.Media.Rtp;
using Switchboard.Media.Transport;

namespace Switchboard.Media.Fuzz;

/// <summary>Every fuzzed entry point of the media stack, by the name the test command and afl-fuzz use.</summary>
public static class FuzzTargets
{
    /// <summary>The targets in the order the test command runs them.</summary>
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("packet-classifier", data => PacketClassifier.Classify(data), () => [Rtp(0, 160), Rtcp(), [0, 1, 0, 0, .. new byte[16]], [22, 0xFE, 0xFD, .. new byte[10]]]),
        new("rtp-header", data => RtpHeader.TryRead(data, out _), () => [Rtp(0, 160), Rtp(8, 20), RtpWithExtension()]),
        new("stun", StunTarget.Run, StunTarget.Seeds),
        new("rtcp", RtcpTarget.Run, RtcpTarget.Seeds),
        new("sdp", SdpTarget.Run, SdpTarget.Seeds),
        new("dtls-server", DtlsTarget.Run, DtlsTarget.Seeds),
        new("srtp-unprotect", SrtpTarget.Run, SrtpTarget.Seeds),
        new("telephone-event", DtmfTarget.Run, DtmfTarget.Seeds),
        new("wav", WavTarget.Run, WavTarget.Seeds),
        new("audio-leg", AudioLegTarget.Run, AudioLegTarget.Seeds),
    ];

    /// <summary>
    /// A target with a planted bug (it throws on inputs starting with "FUZZ"), so the test command can prove that a
    /// campaign really reports what a target throws. Not part of <see cref="All"/>.
    /// </summary>
    public static FuzzTarget Canary { get; } = new("canary", data => PlantedBug.Read(data), () => ["ABCD"u8.ToArray()]);

    /// <summary>The target called <paramref name="name"/> (the canary included), or null.</summary>
    public static FuzzTarget? Find(string name) =>
        name == Canary.Name ? Canary : All.FirstOrDefault(target => target.Name == name);

    private static byte[] Rtp(byte payloadType, int payloadLength) =>
        [0x80, payloadType, 0x12, 0x34, 0, 0, 0x0F, 0xA0, 0xDE, 0xAD, 0xBE, 0xEF, .. new byte[payloadLength]];

    private static byte[] RtpWithExtension() =>
        [0x91, 0x00, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 2, 0xBE, 0xDE, 0x00, 0x01, 0x10, 0xFF, 0, 0, 0xAA];

    private static byte[] Rtcp() => [0x81, 201, 0, 7, 0, 0, 0, 1, .. new byte[24]];
}
