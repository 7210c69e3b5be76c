using Microsoft.Extensions.Time.Testing;
using Switchboard.Media.Audio;

namespace Switchboard.Media.Tests.Audio;

public class MixerTests
{
    [Fact]
    public void Each_of_three_legs_hears_the_other_two_and_not_itself()
    {
        var clock = new FakeTimeProvider();
        var mixer = new Mixer();
        double[] tones = [440, 1000, 1800];
        var endpoints = tones.Select((hertz, i) =>
        {
            var leg = new AudioLeg($"p{i}", i == 1 ? G711Codec.Pcma : G711Codec.Pcmu, clock);
            mixer.Add(leg);
            return new FakeEndpoint(leg, hertz);
        }).ToArray();

        for (var t = 0; t < 100; t++)
        {
            foreach (var endpoint in endpoints) endpoint.Speak();
            clock.Advance(AudioFrame.Duration);
            mixer.Tick();
        }

        for (var i = 0; i < 3; i++)
        {
            var heard = endpoints[i].HeardSettled;
            Assert.True(Tone.Lacks(heard, tones[i]), $"leg {i} hears itself");
            foreach (var other in tones.Where((_, j) => j != i)) Assert.True(Tone.Has(heard, other), $"leg {i} misses {other} Hz");
        }
    }

    [Fact]
    public void Loud_talkers_saturate_instead_of_wrapping_around()
    {
        var clock = new FakeTimeProvider();
        var mixer = new Mixer();
        var legs = Enumerable.Range(0, 3).Select(i => new AudioLeg($"p{i}", G711Codec.Pcmu, clock)).ToArray();
        foreach (var leg in legs) mixer.Add(leg);
        var listener = new FakeEndpoint(legs[0], 0);
        var loud = Enumerable.Repeat((short)30000, 160).ToArray();
        var packet = new byte[172];
        var payload = new byte[160];
        var senders = legs.Select(_ => new Switchboard.Media.Rtp.RtpStreamSender()).ToArray();

        for (var t = 0; t < 10; t++)
        {
            for (var i = 1; i < 3; i++)
            {
                legs[i].Codec.Encode(loud, payload);
                senders[i].TryWriteNext(packet, 0, payload, false, out _);
                legs[i].ReceiveRtp(packet);
            }
            clock.Advance(AudioFrame.Duration);
            mixer.Tick();
        }

        Assert.True(listener.Heard.Skip(480).All(s => s > 30000));
    }

    [Fact]
    public void A_leg_that_leaves_is_no_longer_sent_anything()
    {
        var clock = new FakeTimeProvider();
        var mixer = new Mixer();
        var legs = Enumerable.Range(0, 3).Select(i => new AudioLeg($"p{i}", G711Codec.Pcmu, clock)).ToArray();
        foreach (var leg in legs) mixer.Add(leg);

        Assert.True(mixer.Remove(legs[1]));
        mixer.Tick();

        Assert.Equal((1L, 0L, 1L), (legs[0].PacketsSent, legs[1].PacketsSent, legs[2].PacketsSent));
        Assert.False(mixer.Remove(legs[1]));
    }
}
