namespace Switchboard.LoadKit;

/// <summary>Percentiles of a set of latencies in milliseconds.</summary>
public sealed record LatencySample(int Count, double P50, double P90, double P99, double Max)
{
    /// <summary>The percentiles of <paramref name="milliseconds"/> (nearest rank).</summary>
    public static LatencySample Of(IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double At(double quantile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
        return new LatencySample(sorted.Length, At(0.50), At(0.90), At(0.99), sorted[^1]);
    }

    /// <inheritdoc/>
    public override string ToString() => $"n={Count} p50={P50:F2} ms p90={P90:F2} ms p99={P99:F2} ms max={Max:F2} ms";
}
