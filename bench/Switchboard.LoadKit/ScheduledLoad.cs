using System.Diagnostics;

namespace Switchboard.LoadKit;

/// <summary>
/// Starts operations at a fixed rate on schedule, whether or not earlier ones finished (so a slow answer cannot hide
/// the ones queued behind it: no coordinated omission), each on a subject no other running operation is using.
/// </summary>
public static class ScheduledLoad
{
    /// <summary>Runs <paramref name="count"/> operations at <paramref name="rate"/> per second and answers what each returned (milliseconds).</summary>
    public static async Task<List<double>> RunAsync<TSubject>(IReadOnlyList<TSubject> subjects, int count, int rate,
        Func<TSubject, CancellationToken, Task<double>> operation, CancellationToken cancellationToken = default)
    {
        var results = new List<double>(count);
        var busy = new int[subjects.Count];
        var running = new List<Task>(count);
        var next = -1;
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var wait = TimeSpan.FromSeconds(i / (double)rate) - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.Zero) await Task.Delay(wait, cancellationToken);
            int index;
            do index = (int)((uint)Interlocked.Increment(ref next) % (uint)subjects.Count);
            while (Interlocked.Exchange(ref busy[index], 1) == 1);
            running.Add(RunOneAsync(index));
        }
        await Task.WhenAll(running);
        return results;

        async Task RunOneAsync(int index)
        {
            try
            {
                var elapsed = await operation(subjects[index], cancellationToken);
                lock (results) results.Add(elapsed);
            }
            finally
            {
                Volatile.Write(ref busy[index], 0);
            }
        }
    }
}
