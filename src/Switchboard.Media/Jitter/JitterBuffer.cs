namespace Switchboard.Media.Jitter;

/// <summary>
/// An adaptive jitter buffer for one incoming stream of 20 ms, 8 kHz audio frames. The receive path puts decoded
/// frames in as packets arrive, in any order; the media clock gets one frame out every 20 ms. Frames are keyed by
/// RTP timestamp rather than sequence number, because a sender that pauses (silence suppression, hold) keeps its
/// sequence running but moves its timestamp on, and playout must follow the timestamp.
/// </summary>
/// <remarks>
/// The target delay starts at <see cref="JitterBufferOptions.MinDelayFrames"/>. It grows at once when a packet arrives
/// after its playout time (by as many frames as it was late) or when the measured interarrival jitter (RFC 3550 A.8)
/// asks for more; the extra delay is made by playing a concealment frame without advancing. It shrinks by one frame
/// after each <see cref="JitterBufferOptions.ShrinkAfterFrames"/> without a late packet, down to what the jitter asks
/// for; the surplus is removed by merging two frames into one with a crossfade when the buffer has held more than the
/// target for a whole second. Missing frames are replaced by <see cref="PacketLossConcealment"/>. A timestamp further
/// from playout than the buffer holds, either way, is taken as the sender restarting its stream, and the buffer starts
/// over. Put and Get do not allocate. Not thread-safe: call both from the stream's media loop (or under one lock).
/// </remarks>
public sealed class JitterBuffer
{
    /// <summary>Samples in one frame: 20 ms at 8 kHz.</summary>
    public const int FrameSamples = 160;

    private const int DepthWindowFrames = 50;

    private readonly JitterBufferOptions _options;
    private readonly TimeProvider _time;
    private readonly int _capacity;
    private readonly short[] _samples;
    private readonly uint[] _slotTimestamp;
    private readonly bool[] _slotFull;
    private readonly short[] _merge = new short[FrameSamples];
    private readonly PacketLossConcealment _concealment = new(FrameSamples);
    private readonly long _createdTimestamp;

    private bool _haveFirst;
    private bool _started;
    private uint _playoutTimestamp;
    private int _playoutSlot;
    private int _highestOffset = -1;
    private ulong _playedHistory;
    private int _pendingGrow;
    private long _ticks;
    private long _lastLateTick;
    private long _lastShrinkTick;
    private int _windowMinDepth = int.MaxValue;
    private int _windowFrames;
    private int _emptyInARow;
    private bool _shrinkPending;
    private bool _haveArrival;
    private double _lastArrivalMs;
    private uint _lastArrivalTimestamp;
    private double _jitterMs;

    /// <summary>Creates a buffer timed by <paramref name="time"/> (arrival times for the jitter estimate).</summary>
    public JitterBuffer(TimeProvider time, JitterBufferOptions? options = null)
    {
        _time = time;
        _createdTimestamp = time.GetTimestamp();
        _options = options ?? new JitterBufferOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MinDelayFrames, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxDelayFrames, _options.MinDelayFrames);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_options.CapacityFrames, _options.MaxDelayFrames + 1);
        _capacity = _options.CapacityFrames;
        _samples = new short[_capacity * FrameSamples];
        _slotTimestamp = new uint[_capacity];
        _slotFull = new bool[_capacity];
        TargetDelayFrames = _options.MinDelayFrames;
    }

    /// <summary>Frames dropped because their playout time had passed.</summary>
    public long Late { get; private set; }

    /// <summary>Frames dropped because they had already been stored or played.</summary>
    public long Duplicates { get; private set; }

    /// <summary>Substitutes played for frames that were missing at their playout time.</summary>
    public long Concealed { get; private set; }

    /// <summary>Concealment frames inserted to grow the delay after late packets.</summary>
    public long Inserted { get; private set; }

    /// <summary>Frames merged away to shrink the delay.</summary>
    public long Merged { get; private set; }

    /// <summary>Frames dropped as not 20 ms long.</summary>
    public long Invalid { get; private set; }

    /// <summary>Times the buffer started over (a long silence, a timestamp jump beyond what it holds, a new stream).</summary>
    public long Restarts { get; private set; }

    /// <summary>The delay the buffer is steering towards, in frames.</summary>
    public int TargetDelayFrames { get; private set; }

    /// <summary>The delay at the last <see cref="Get"/>: frames held from the playout point to the newest frame.</summary>
    public TimeSpan CurrentDelay { get; private set; }

    /// <summary>Interarrival jitter measured as RFC 3550 A.8 does, in milliseconds.</summary>
    public double JitterMilliseconds => _jitterMs;

    /// <summary>Puts the decoded frame with RTP timestamp <paramref name="timestamp"/>, received now.</summary>
    public JitterBufferPutResult Put(uint timestamp, ReadOnlySpan<short> samples)
    {
        if (samples.Length != FrameSamples)
        {
            Invalid++;
            return JitterBufferPutResult.Invalid;
        }
        if (!_haveFirst)
        {
            StartAt(timestamp);
        }
        var offset = FrameOffset(timestamp);
        if (offset >= _capacity || offset <= -_capacity)
        {
            // Further from playout than the buffer spans either way: the sender jumped its timestamps (restarted),
            // so follow it rather than call every packet from now on late.
            Restarts++;
            Reset();
            StartAt(timestamp);
            offset = 0;
        }
        MeasureJitter(timestamp);
        if (offset < 0)
        {
            if (!_started && _highestOffset - offset < _capacity - 1)
            {
                // Reordered before playout began: move the start back to it.
                _playoutTimestamp -= (uint)(-offset * FrameSamples);
                _playoutSlot = Slot(offset);
                _highestOffset -= offset;
                offset = 0;
            }
            else
            {
                return TooLate(-offset);
            }
        }
        var slot = Slot(offset);
        if (_slotFull[slot] && _slotTimestamp[slot] == timestamp)
        {
            Duplicates++;
            return JitterBufferPutResult.Duplicate;
        }
        samples.CopyTo(_samples.AsSpan(slot * FrameSamples, FrameSamples));
        _slotTimestamp[slot] = timestamp;
        _slotFull[slot] = true;
        if (offset > _highestOffset) _highestOffset = offset;
        return JitterBufferPutResult.Accepted;
    }

    /// <summary>Gets the frame to play for this 20 ms tick into <paramref name="output"/> (160 samples).</summary>
    public JitterBufferFrame Get(Span<short> output)
    {
        output = output[..FrameSamples];
        _ticks++;
        if (!_haveFirst || (!_started && _highestOffset + 1 < TargetDelayFrames))
        {
            CurrentDelay = TimeSpan.FromMilliseconds(20 * (_highestOffset + 1));
            output.Clear();
            return JitterBufferFrame.Buffering;
        }
        _started = true;
        Adapt();
        var depth = _highestOffset + 1;
        CurrentDelay = TimeSpan.FromMilliseconds(20 * Math.Max(0, depth));
        if (_pendingGrow > 0)
        {
            _pendingGrow--;
            Inserted++;
            _concealment.Conceal(output);
            return JitterBufferFrame.Concealed;
        }
        TrackDepth(depth);
        var slot = Slot(0);
        if (!_slotFull[slot])
        {
            Concealed++;
            _concealment.Conceal(output);
            _emptyInARow = _highestOffset < 0 ? _emptyInARow + 1 : 0;
            Advance(played: false);
            if (_emptyInARow >= _options.RestartAfterFrames)
            {
                Restarts++;
                Reset();
            }
            return JitterBufferFrame.Concealed;
        }
        _emptyInARow = 0;
        var next = Slot(1);
        if (_shrinkPending && _slotFull[next] && _concealment.ConcealedInARow == 0)
        {
            // Play two frames in the time of one: fade from this frame into the next, which keeps both joins continuous.
            _shrinkPending = false;
            var current = _samples.AsSpan(slot * FrameSamples, FrameSamples);
            var following = _samples.AsSpan(next * FrameSamples, FrameSamples);
            for (var i = 0; i < FrameSamples; i++)
            {
                output[i] = (short)((current[i] * (FrameSamples - i) + following[i] * i) / FrameSamples);
            }
            _concealment.Played(output);
            Merged++;
            Advance(played: true);
            Advance(played: true);
            return JitterBufferFrame.Played;
        }
        _concealment.Good(_samples.AsSpan(slot * FrameSamples, FrameSamples), output);
        Advance(played: true);
        return JitterBufferFrame.Played;
    }

    /// <summary>
    /// Forgets the stream (the endpoint started a new one, with a new SSRC): buffered frames are dropped and playout
    /// buffers again. The target delay and the counters are kept; the network has not changed.
    /// </summary>
    public void Restart()
    {
        Restarts++;
        Reset();
    }

    private JitterBufferPutResult TooLate(int framesLate)
    {
        if (framesLate <= 64 && (_playedHistory & (1UL << (framesLate - 1))) != 0)
        {
            Duplicates++;
            return JitterBufferPutResult.Duplicate;
        }
        Late++;
        _lastLateTick = _ticks;
        Grow(TargetDelayFrames + framesLate);
        return JitterBufferPutResult.Late;
    }

    private void Adapt()
    {
        // The minimum delay already absorbs small jitter; each further 20 ms of three times the jitter adds a frame.
        var wanted = Math.Clamp(
            _options.MinDelayFrames + (int)(3 * _jitterMs / 20), _options.MinDelayFrames, _options.MaxDelayFrames);
        if (wanted > TargetDelayFrames)
        {
            Grow(wanted);
        }
        else if (wanted < TargetDelayFrames && _ticks - _lastLateTick >= _options.ShrinkAfterFrames
                 && _ticks - _lastShrinkTick >= _options.ShrinkAfterFrames)
        {
            TargetDelayFrames--;
            _lastShrinkTick = _ticks;
        }
    }

    private void Grow(int target)
    {
        target = Math.Min(target, _options.MaxDelayFrames);
        if (target <= TargetDelayFrames) return;
        _pendingGrow += target - TargetDelayFrames;
        TargetDelayFrames = target;
        _lastShrinkTick = _ticks;
    }

    private void TrackDepth(int depth)
    {
        _windowMinDepth = Math.Min(_windowMinDepth, depth);
        if (++_windowFrames < DepthWindowFrames) return;
        // Held more than the target for a whole window: the network no longer needs it, so merge a frame away.
        _shrinkPending = _windowMinDepth > TargetDelayFrames;
        _windowFrames = 0;
        _windowMinDepth = int.MaxValue;
    }

    private void Advance(bool played)
    {
        _slotFull[Slot(0)] = false;
        _playoutTimestamp += FrameSamples;
        _playoutSlot = Slot(1);
        _highestOffset--;
        _playedHistory = _playedHistory << 1 | (played ? 1UL : 0);
    }

    private void MeasureJitter(uint timestamp)
    {
        // A.8: D is the change in transit time between consecutive arrivals; J += (|D| − J)/16.
        // Relative to the buffer's creation: raw timestamps are too large for a double to keep sub-ms precision.
        var arrivalMs = (_time.GetTimestamp() - _createdTimestamp) * 1000.0 / _time.TimestampFrequency;
        if (_haveArrival)
        {
            var d = arrivalMs - _lastArrivalMs - (int)(timestamp - _lastArrivalTimestamp) / 8.0;
            _jitterMs += (Math.Abs(d) - _jitterMs) / 16;
        }
        _lastArrivalMs = arrivalMs;
        _lastArrivalTimestamp = timestamp;
        _haveArrival = true;
    }

    private int FrameOffset(uint timestamp)
    {
        // In 64 bits: negating a difference of exactly -2^31 would overflow in 32.
        long difference = (int)(timestamp - _playoutTimestamp);
        return (int)(difference >= 0 ? difference / FrameSamples : -((-difference + FrameSamples - 1) / FrameSamples));
    }

    private int Slot(int offset) => ((_playoutSlot + offset) % _capacity + _capacity) % _capacity;

    private void StartAt(uint timestamp)
    {
        _haveFirst = true;
        _playoutTimestamp = timestamp;
        _playoutSlot = 0;
        _highestOffset = -1;
    }

    private void Reset()
    {
        Array.Clear(_slotFull);
        _haveFirst = false;
        _started = false;
        _highestOffset = -1;
        _playedHistory = 0;
        _pendingGrow = 0;
        _emptyInARow = 0;
        _haveArrival = false;
        _shrinkPending = false;
    }
}
