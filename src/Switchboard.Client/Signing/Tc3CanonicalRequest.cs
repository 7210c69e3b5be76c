using System.Buffers;
using System.Text;

namespace Switchboard.Client.Signing;

/// <summary>
/// Builds the TC3 canonical request (Tencent Cloud API 3.0, step 1 of the signing process) as UTF-8 in a
/// caller-supplied buffer, renting a larger one from the shared pool only when the input does not fit.
/// </summary>
/// <remarks>
/// <para>The canonical request is the six lines</para>
/// <code>
/// METHOD
/// canonical URI
/// canonical query string
/// name1:value1        (one line per signed header, in SignedHeaders order)
/// name2:value2
///
/// signed-headers
/// hex(SHA-256(payload))
/// </code>
/// <para>Usage: construct with the method, URI and query; call <see cref="AppendHeader"/> once per signed
/// header; call <see cref="Complete"/> once; pass its result to <see cref="Tc3Signature.ComputeSignature"/>;
/// dispose. The URI and query are taken exactly as they appear on the wire: every Tencent Cloud SDK signs the
/// string it sends, so nothing is re-encoded or re-sorted here.</para>
/// </remarks>
public ref struct Tc3CanonicalRequest
{
    private Span<byte> _buffer;
    private byte[]? _rented;
    private int _length;

    /// <summary>Starts a canonical request in <paramref name="buffer"/> (512 bytes fit typical POSTs).</summary>
    /// <param name="buffer">Initial storage, typically <c>stackalloc byte[512]</c>.</param>
    /// <param name="method">HTTP method; written in upper case.</param>
    /// <param name="canonicalUri">The request path as sent, e.g. <c>/</c> or <c>/tccc/</c>.</param>
    /// <param name="canonicalQueryString">The raw query string without <c>?</c>; empty for POST.</param>
    public Tc3CanonicalRequest(Span<byte> buffer, ReadOnlySpan<char> method, ReadOnlySpan<char> canonicalUri,
        ReadOnlySpan<char> canonicalQueryString)
    {
        _buffer = buffer;
        _rented = null;
        _length = 0;
        int methodStart = _length;
        AppendText(method);
        Utf8Text.ToUpperAscii(_buffer[methodStart.._length]);
        AppendByte((byte)'\n');
        AppendText(canonicalUri);
        AppendByte((byte)'\n');
        AppendText(canonicalQueryString);
        AppendByte((byte)'\n');
    }

    /// <summary>
    /// Appends <c>lower(name) + ":" + trim(value) + "\n"</c>. Values keep their case: no Tencent Cloud SDK
    /// lower-cases them when signing, so a verifier that did would reject a mixed-case host.
    /// </summary>
    public void AppendHeader(ReadOnlySpan<char> name, ReadOnlySpan<char> value)
    {
        int nameStart = _length;
        AppendText(name);
        Utf8Text.ToLowerAscii(_buffer[nameStart.._length]);
        AppendByte((byte)':');
        AppendText(value.Trim());
        AppendByte((byte)'\n');
    }

    /// <summary>
    /// Appends the signed-headers line and the payload hash and answers the whole canonical request as UTF-8.
    /// The span stays valid until this builder is disposed.
    /// </summary>
    /// <param name="signedHeaders">The SignedHeaders value, e.g. <c>content-type;host</c>.</param>
    /// <param name="payloadHashHex">64 lower-case hex characters as UTF-8, see <see cref="Tc3Signature.HashPayload"/>.</param>
    public ReadOnlySpan<byte> Complete(ReadOnlySpan<char> signedHeaders, ReadOnlySpan<byte> payloadHashHex)
    {
        AppendByte((byte)'\n');
        AppendText(signedHeaders);
        AppendByte((byte)'\n');
        EnsureCapacity(payloadHashHex.Length);
        payloadHashHex.CopyTo(_buffer[_length..]);
        _length += payloadHashHex.Length;
        return _buffer[.._length];
    }

    /// <summary>Returns any rented buffer to the pool.</summary>
    public void Dispose()
    {
        if (_rented is not null)
        {
            ArrayPool<byte>.Shared.Return(_rented);
            _rented = null;
        }
        _buffer = default;
        _length = 0;
    }

    private void AppendText(ReadOnlySpan<char> text)
    {
        int free = _buffer.Length - _length;
        if (Encoding.UTF8.GetMaxByteCount(text.Length) > free)
        {
            EnsureCapacity(Encoding.UTF8.GetByteCount(text));
        }
        _length += Utf8Text.Write(text, _buffer[_length..]);
    }

    private void AppendByte(byte value)
    {
        EnsureCapacity(1);
        _buffer[_length++] = value;
    }

    private void EnsureCapacity(int additional)
    {
        int required = _length + additional;
        if (required <= _buffer.Length)
        {
            return;
        }
        byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Max(required, _buffer.Length * 2));
        _buffer[.._length].CopyTo(larger);
        if (_rented is not null)
        {
            ArrayPool<byte>.Shared.Return(_rented);
        }
        _rented = larger;
        _buffer = larger;
    }
}
