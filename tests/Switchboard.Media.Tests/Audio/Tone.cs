namespace Switchboard.Media.Tests.Audio;

/// <summary>Test tones and the Goertzel detector used to tell what a leg hears.</summary>
internal static class Tone
{
    public static short[] Make(double hertz, int samples, double amplitude = 6000, int startSample = 0)
    {
        var tone = new short[samples];
        for (var i = 0; i < samples; i++) tone[i] = (short)(amplitude * Math.Sin(2 * Math.PI * hertz * (startSample + i) / 8000));
        return tone;
    }

    /// <summary>Power of <paramref name="hertz"/> relative to the signal's total power (1 for a pure tone, ~0 when absent).</summary>
    public static double Share(ReadOnlySpan<short> samples, double hertz)
    {
        var coefficient = 2 * Math.Cos(2 * Math.PI * hertz / 8000);
        double previous = 0, beforePrevious = 0, energy = 0;
        foreach (var sample in samples)
        {
            var current = sample + coefficient * previous - beforePrevious;
            beforePrevious = previous;
            previous = current;
            energy += (double)sample * sample;
        }
        var power = previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
        return energy == 0 ? 0 : 2 * power / (samples.Length * energy);
    }

    public static bool Has(ReadOnlySpan<short> samples, double hertz) => Share(samples, hertz) > 0.2;

    public static bool Lacks(ReadOnlySpan<short> samples, double hertz) => Share(samples, hertz) < 0.02;
}
