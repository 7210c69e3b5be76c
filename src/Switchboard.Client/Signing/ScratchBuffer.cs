using System.Buffers;

namespace Switchboard.Client.Signing;

/// <summary>
/// A byte buffer that lives on the caller's stack when the input is small and is rented from the shared pool
/// when it is not (queries of GET requests may reach 32 KB). Dispose returns the rented array.
/// </summary>
internal ref struct ScratchBuffer
{
    private byte[]? _rented;

    public ScratchBuffer(Span<byte> stackBuffer, int length)
    {
        if (length <= stackBuffer.Length)
        {
            _rented = null;
            Span = stackBuffer[..length];
        }
        else
        {
            _rented = ArrayPool<byte>.Shared.Rent(length);
            Span = _rented.AsSpan(0, length);
        }
    }

    public Span<byte> Span { get; private set; }

    /// <summary>Clears the bytes first: scratch buffers may hold secret key material.</summary>
    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<byte>.Shared.Return(_rented, clearArray: true);
            _rented = null;
        }
        Span = default;
    }
}
