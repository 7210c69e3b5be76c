using System.Collections.Concurrent;
using System.Net;
using Switchboard.Media.Transport;

namespace Switchboard.Media.Tests.Transport;

/// <summary>A session handler that keeps copies of what it was given.</summary>
internal sealed class RecordingSession : IMediaPortSession
{
    public ConcurrentQueue<(PacketKind Kind, byte[] Bytes)> Datagrams { get; } = new();
    public ConcurrentQueue<IPEndPoint> Selections { get; } = new();
    public int ConsentLost;
    public bool Throw { get; init; }

    public void OnDatagram(PacketKind kind, ReadOnlySpan<byte> datagram)
    {
        if (Throw) throw new InvalidOperationException("handler bug");
        Datagrams.Enqueue((kind, datagram.ToArray()));
    }

    public void OnSelectedRemoteChanged(IPEndPoint remote) => Selections.Enqueue(remote);

    public void OnConsentLost() => Interlocked.Increment(ref ConsentLost);
}
