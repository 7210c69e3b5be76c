namespace Switchboard.WebRtcLoad;

/// <summary>One-way delays in 50 µs buckets up to 2 s, recorded from many receive threads without locks.</summary>
internal sealed class DelayHistogram
{
    private const double BucketMilliseconds = 0.05;
    private readonly long[] _buckets = new long[40_001];

    /// <summary>Counts one delay.</summary>
    public void Record(double milliseconds)
    {
        var index = (int)Math.Clamp(milliseconds / BucketMilliseconds, 0, _buckets.Length - 1);
        Interlocked.Increment(ref _buckets[index]);
    }

    /// <summary>Forgets everything recorded.</summary>
    public void Clear() => Array.Clear(_buckets);

    /// <summary>The delay below which <paramref name="fraction"/> of the recorded ones fall; 0 when none.</summary>
    public double Percentile(double fraction)
    {
        long total = 0;
        foreach (var count in _buckets) total += count;
        if (total == 0) return 0;
        var wanted = (long)Math.Ceiling(total * fraction);
        long seen = 0;
        for (var i = 0; i < _buckets.Length; i++)
        {
            seen += _buckets[i];
            if (seen >= wanted) return (i + 1) * BucketMilliseconds;
        }
        return _buckets.Length * BucketMilliseconds;
    }
}
