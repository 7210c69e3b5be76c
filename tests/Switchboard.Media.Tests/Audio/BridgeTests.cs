using Microsoft.Extensions.Time.Testing;
using Switchboard.Media.Audio;

namespace Switchboard.Media.Tests.Audio;

public class BridgeTests
{
    private readonly FakeTimeProvider _clock = new();

    private void Run(int ticks, Action tick, params FakeEndpoint[] endpoints)
    {
        for (var i = 0; i < ticks; i++)
        {
            foreach (var endpoint in endpoints) endpoint.Speak();
            _clock.Advance(AudioFrame.Duration);
            tick();
        }
    }

    public static TheoryData<string, string, bool> CodecPairs => new()
    {
        { "PCMU", "PCMU", true },
        { "PCMA", "PCMA", true },
        { "PCMU", "PCMA", false },
        { "PCMA", "PCMU", false },
    };

    private static G711Codec Codec(string name) => name == "PCMU" ? G711Codec.Pcmu : G711Codec.Pcma;

    [Theory]
    [MemberData(nameof(CodecPairs))]
    public void Each_side_hears_the_others_tone_and_not_its_own(string codecA, string codecB, bool passthrough)
    {
        var a = new AudioLeg("customer", Codec(codecA), _clock);
        var b = new AudioLeg("agent", Codec(codecB), _clock);
        var customer = new FakeEndpoint(a, 440);
        var agent = new FakeEndpoint(b, 1000);
        using var bridge = new Bridge(a, b);

        Run(100, bridge.Tick, customer, agent);

        Assert.Equal(passthrough, bridge.Passthrough);
        Assert.True(agent.HeardSettled.Length >= 8000);
        Assert.True(Tone.Has(agent.HeardSettled, 440));
        Assert.True(Tone.Lacks(agent.HeardSettled, 1000));
        Assert.True(Tone.Has(customer.HeardSettled, 1000));
        Assert.True(Tone.Lacks(customer.HeardSettled, 440));
        Assert.All(agent.Received, h => Assert.Equal((b.Ssrc, b.Codec.PayloadType), (h.Ssrc, h.PayloadType)));
    }

    [Fact]
    public void Passed_through_packets_are_renumbered_into_one_continuous_stream()
    {
        var a = new AudioLeg("customer", G711Codec.Pcmu, _clock);
        var b = new AudioLeg("agent", G711Codec.Pcmu, _clock);
        var customer = new FakeEndpoint(a, 440);
        var agent = new FakeEndpoint(b, 1000);
        b.SendFrame(new short[160]); // the agent heard a prompt first: its stream has already begun
        using var bridge = new Bridge(a, b);

        Run(10, bridge.Tick, customer, agent);

        var sequences = agent.Received.Select(h => h.SequenceNumber).ToArray();
        var timestamps = agent.Received.Select(h => h.Timestamp).ToArray();
        Assert.Equal(11, sequences.Length);
        Assert.All(sequences.Zip(sequences.Skip(1)), p => Assert.Equal((ushort)(p.First + 1), p.Second));
        Assert.All(timestamps.Zip(timestamps.Skip(1)), p => Assert.Equal(p.First + 160, p.Second));
    }

    [Fact]
    public void Garbage_on_one_leg_is_counted_and_the_call_goes_on()
    {
        var a = new AudioLeg("customer", G711Codec.Pcmu, _clock);
        var b = new AudioLeg("agent", G711Codec.Pcma, _clock);
        var customer = new FakeEndpoint(a, 440);
        var agent = new FakeEndpoint(b, 1000);
        using var bridge = new Bridge(a, b);
        var random = new Random(3);

        Run(100, () =>
        {
            var garbage = new byte[random.Next(0, 40)];
            random.NextBytes(garbage);
            a.ReceiveRtp(garbage);
            a.ReceiveRtp([0x80, 101, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 5, 0, 0, 160]); // a telephone-event packet
            bridge.Tick();
        }, customer, agent);

        Assert.True(a.Malformed + a.OtherPayloadType >= 100);
        Assert.True(Tone.Has(agent.HeardSettled, 440));
        Assert.Equal(0L, a.Jitter.Concealed);
    }
}
