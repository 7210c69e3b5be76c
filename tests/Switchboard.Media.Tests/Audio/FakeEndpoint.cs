using Switchboard.Media.Audio;
using Switchboard.Media.Rtp;

namespace Switchboard.Media.Tests.Audio;

/// <summary>
/// The far end of a leg: speaks a tone into it as RTP, one packet per tick, and decodes everything the leg sends back.
/// </summary>
internal sealed class FakeEndpoint : ILegTransport
{
    private readonly AudioLeg _leg;
    private readonly double _hertz;
    private readonly RtpStreamSender _sender = new();
    private readonly byte[] _packet = new byte[200];
    private int _spoken;

    public FakeEndpoint(AudioLeg leg, double hertz)
    {
        _leg = leg;
        _hertz = hertz;
        leg.Attach(this);
    }

    public List<short> Heard { get; } = [];

    public List<RtpHeader> Received { get; } = [];

    public void Speak()
    {
        var frame = Tone.Make(_hertz, 160, startSample: _spoken);
        _spoken += 160;
        Span<byte> payload = stackalloc byte[160];
        _leg.Codec.Encode(frame, payload);
        _sender.TryWriteNext(_packet, _leg.Codec.PayloadType, payload, false, out var written);
        _leg.ReceiveRtp(_packet.AsSpan(0, written));
    }

    public void SendRtp(ReadOnlySpan<byte> packet)
    {
        Assert.True(RtpHeader.TryRead(packet, out var header));
        Received.Add(header);
        var pcm = new short[packet.Length - header.Length];
        _leg.Codec.Decode(packet[header.Length..], pcm);
        Heard.AddRange(pcm);
    }

    /// <summary>What was heard after the first half second (jitter buffer start-up and codec settling).</summary>
    public short[] HeardSettled => Heard.Skip(4000).ToArray();
}
