using System.Diagnostics;

namespace Switchboard.WebRtcLoad;

/// <summary>
/// The one thread that sends every endpoint's media, against absolute time: tick k is due at start + k × 20 ms, and
/// the endpoints are spread over 20 slots of 1 ms so that 1,000 endpoints do not all send in one burst (real callers
/// are not in phase). Also sends each endpoint's consent check every 2.5 s, staggered.
/// </summary>
internal sealed class PacketClock : IDisposable
{
    private const int Slots = 20;
    private const int ConsentEveryTicks = 125;
    private static readonly long TickLength = Stopwatch.Frequency / 50;

    private readonly Thread _thread;
    private readonly Lock _gate = new();
    private volatile SyntheticBrowser[] _endpoints = [];
    private volatile bool _stopped;
    private long _tick;
    private long _lateSlots;

    public PacketClock()
    {
        _thread = new Thread(Run) { IsBackground = true, Name = "packet-clock", Priority = ThreadPriority.AboveNormal };
        _thread.Start();
    }

    /// <summary>The tick being sent now.</summary>
    public long Tick => Interlocked.Read(ref _tick);

    /// <summary>Slots that started more than 5 ms after they were due: the driver itself fell behind.</summary>
    public long LateSlots => Interlocked.Read(ref _lateSlots);

    /// <summary>Adds endpoints whose media starts with the next slot.</summary>
    public void Add(SyntheticBrowser endpoint)
    {
        lock (_gate) _endpoints = [.. _endpoints, endpoint];
    }

    /// <summary>Stops sending for every endpoint.</summary>
    public void Clear()
    {
        lock (_gate) _endpoints = [];
    }

    public void Dispose()
    {
        _stopped = true;
        _thread.Join();
    }

    private void Run()
    {
        var start = Stopwatch.GetTimestamp();
        for (long tick = 0; !_stopped; tick++)
        {
            Interlocked.Exchange(ref _tick, tick);
            var endpoints = _endpoints;
            for (var slot = 0; slot < Slots; slot++)
            {
                var due = start + tick * TickLength + slot * TickLength / Slots;
                WaitUntil(due);
                if (Stopwatch.GetElapsedTime(due).TotalMilliseconds > 5) Interlocked.Increment(ref _lateSlots);
                for (var i = slot; i < endpoints.Length; i += Slots)
                {
                    var endpoint = endpoints[i];
                    if (!endpoint.Ready) continue;
                    endpoint.SendTick(tick);
                    if ((tick + i) % ConsentEveryTicks == 0) endpoint.SendCheck();
                }
            }
        }
    }

    private static void WaitUntil(long due)
    {
        // Sleeping overshoots by up to about a millisecond; the stamp is taken when the packet leaves, so that only
        // shifts the send time, never the measured delay.
        while (Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due).TotalMilliseconds > 0.2) Thread.Sleep(1);
    }
}
