using System.Buffers.Binary;
using Microsoft.Extensions.Time.Testing;
using Switchboard.Media.Audio;

namespace Switchboard.Media.Tests.Audio;

public sealed class RecorderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "switchboard-recorder-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _clock = new();

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private (Recorder Recorder, Bridge Bridge, FakeEndpoint[] Endpoints) RecordedCall()
    {
        var recorder = new Recorder(_folder, "session/1");
        var a = new AudioLeg("customer", G711Codec.Pcmu, _clock);
        var b = new AudioLeg("agent", G711Codec.Pcma, _clock);
        var endpoints = new[] { new FakeEndpoint(a, 440), new FakeEndpoint(b, 1000) };
        return (recorder, new Bridge(a, b, recorder), endpoints);
    }

    private void Run(int ticks, Bridge bridge, FakeEndpoint[] endpoints)
    {
        for (var i = 0; i < ticks; i++)
        {
            foreach (var endpoint in endpoints) endpoint.Speak();
            _clock.Advance(AudioFrame.Duration);
            bridge.Tick();
        }
    }

    [Fact]
    public void Each_participant_file_holds_that_participants_tone_and_the_mix_puts_them_left_and_right()
    {
        var (recorder, bridge, endpoints) = RecordedCall();
        Run(150, bridge, endpoints);
        recorder.Dispose();

        Assert.Equal(["session_1-0-customer.wav", "session_1-1-agent.wav"], recorder.ParticipantPaths.Select(Path.GetFileName));
        var customer = ReadMono(recorder.ParticipantPaths[0]);
        var agent = ReadMono(recorder.ParticipantPaths[1]);
        Assert.Equal(150 * 160, customer.Length);
        Assert.Equal(150 * 160, agent.Length);
        Assert.True(Tone.Has(customer[4000..], 440) && Tone.Lacks(customer[4000..], 1000));
        Assert.True(Tone.Has(agent[4000..], 1000) && Tone.Lacks(agent[4000..], 440));

        var (left, right) = ReadStereo(recorder.MixPath);
        Assert.Equal(150 * 160, left.Length);
        Assert.True(Tone.Has(left[4000..], 440) && Tone.Lacks(left[4000..], 1000));
        Assert.True(Tone.Has(right[4000..], 1000) && Tone.Lacks(right[4000..], 440));
    }

    [Fact]
    public void A_recording_cut_off_mid_call_is_still_readable_up_to_the_last_second()
    {
        var (recorder, bridge, endpoints) = RecordedCall();
        Run(120, bridge, endpoints); // 2.4 s: headers were last brought up to date at 2 s

        // Read while the recorder still holds the file open, as after a crash.
        byte[] bytes;
        using (var stream = new FileStream(recorder.ParticipantPaths[0], FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }

        Assert.Equal(2 * 8000 * 2u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(40)));
        Assert.True(WavReader.TryRead(bytes, out var samples, out _, out var error), error);
        Assert.True(samples.Length >= 2 * 8000);
        recorder.Dispose();
    }

    [Fact]
    public void With_more_than_two_participants_the_first_and_third_go_left_and_the_second_right()
    {
        var recorder = new Recorder(_folder, "conference");
        for (var i = 0; i < 3; i++) recorder.AddParticipant($"p{i}");
        for (var t = 0; t < 50; t++)
        {
            for (var i = 0; i < 3; i++) recorder.Write(i, Tone.Make(i switch { 0 => 440, 1 => 1000, _ => 1800 }, 160, startSample: t * 160));
            recorder.EndTick();
        }
        recorder.Dispose();

        var (left, right) = ReadStereo(recorder.MixPath);
        Assert.True(Tone.Has(left, 440) && Tone.Has(left, 1800) && Tone.Lacks(left, 1000));
        Assert.True(Tone.Has(right, 1000) && Tone.Lacks(right, 440) && Tone.Lacks(right, 1800));
    }

    private static short[] ReadMono(string path)
    {
        Assert.True(WavReader.TryRead(File.ReadAllBytes(path), out var samples, out var format, out var error), error);
        Assert.Equal(WavFormat.Pcm16, format);
        return samples;
    }

    private static (short[] Left, short[] Right) ReadStereo(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(2, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(22)));
        var dataLength = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(40));
        Assert.Equal(bytes.Length - 44, dataLength);
        var frames = dataLength / 4;
        var left = new short[frames];
        var right = new short[frames];
        for (var i = 0; i < frames; i++)
        {
            left[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(44 + 4 * i));
            right[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(46 + 4 * i));
        }
        return (left, right);
    }
}
