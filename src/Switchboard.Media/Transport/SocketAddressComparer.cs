using System.Net;

namespace Switchboard.Media.Transport;

/// <summary>
/// Compares socket addresses by their bytes without allocating, so the receive loop can look its reused
/// <see cref="SocketAddress"/> up in the route table on every packet.
/// </summary>
internal sealed class SocketAddressComparer : IEqualityComparer<SocketAddress>
{
    public static SocketAddressComparer Instance { get; } = new();

    public bool Equals(SocketAddress? x, SocketAddress? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.Size == y.Size
            && x.Buffer.Span[..x.Size].SequenceEqual(y.Buffer.Span[..y.Size]));

    public int GetHashCode(SocketAddress address)
    {
        var hash = new HashCode();
        hash.AddBytes(address.Buffer.Span[..address.Size]);
        return hash.ToHashCode();
    }
}
