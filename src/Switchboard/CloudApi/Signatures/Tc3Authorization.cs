using System.Buffers;
using Switchboard.Client.Signing;

namespace Switchboard.CloudApi.Signatures;

/// <summary>
/// A parsed TC3 Authorization header:
/// <c>TC3-HMAC-SHA256 Credential=&lt;SecretId&gt;/&lt;yyyy-MM-dd&gt;/&lt;service&gt;/tc3_request, SignedHeaders=a;b, Signature=&lt;64 hex&gt;</c>.
/// Keeps the header string and the ranges of its parts, so parsing allocates nothing.
/// </summary>
public readonly struct Tc3Authorization
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    private readonly string? _header;
    private readonly Range _secretId;
    private readonly Range _date;
    private readonly Range _service;
    private readonly Range _signedHeaders;
    private readonly Range _signature;

    private Tc3Authorization(string header, Range secretId, Range date, Range service, Range signedHeaders, Range signature)
    {
        _header = header;
        _secretId = secretId;
        _date = date;
        _service = service;
        _signedHeaders = signedHeaders;
        _signature = signature;
    }

    /// <summary>The SecretId of the credential scope.</summary>
    public ReadOnlySpan<char> SecretId => Part(_secretId);

    /// <summary>The scope date, expected to be the UTC date of the timestamp.</summary>
    public ReadOnlySpan<char> Date => Part(_date);

    /// <summary>
    /// The scope service: <c>ccc</c> from Go and Python, the endpoint's first label (<c>127</c>,
    /// <c>localhost:5000</c>) from the node SDK. It may contain <c>:</c> and <c>/</c>.
    /// </summary>
    public ReadOnlySpan<char> Service => Part(_service);

    /// <summary>The SignedHeaders list as received, e.g. <c>content-type;host</c>.</summary>
    public ReadOnlySpan<char> SignedHeaders => Part(_signedHeaders);

    /// <summary>The 64 hex digits of the signature.</summary>
    public ReadOnlySpan<char> Signature => Part(_signature);

    /// <summary>
    /// Parses the header. False (answer <c>AuthFailure.InvalidAuthorization</c>) when it is absent, names another
    /// algorithm, misses or repeats a part, has an empty scope element, a signature that is not 64 hex digits,
    /// or SignedHeaders without both <c>content-type</c> and <c>host</c> (required by the API 3.0 rules).
    /// </summary>
    public static bool TryParse(string? header, out Tc3Authorization authorization)
    {
        authorization = default;
        if (header is null)
        {
            return false;
        }
        ReadOnlySpan<char> text = header;
        int algorithmStart = text.Length - text.TrimStart().Length;
        int algorithmEnd = text[algorithmStart..].IndexOfAny(' ', '\t');
        if (algorithmEnd < 0 || !text.Slice(algorithmStart, algorithmEnd).SequenceEqual(Tc3Signature.Algorithm))
        {
            return false;
        }

        Range credential = default, signedHeaders = default, signature = default;
        int offset = algorithmStart + algorithmEnd;
        foreach (Range piece in text[offset..].Split(','))
        {
            var (start, length) = piece.GetOffsetAndLength(text.Length - offset);
            if (!TryReadPart(text, offset + start, length, out var name, out var value))
            {
                return false;
            }
            // Each part exactly once; an unknown or repeated name means a header we cannot trust to read right.
            switch (text[name])
            {
                case "Credential" when IsUnset(credential):
                    credential = value;
                    break;
                case "SignedHeaders" when IsUnset(signedHeaders):
                    signedHeaders = value;
                    break;
                case "Signature" when IsUnset(signature):
                    signature = value;
                    break;
                default:
                    return false;
            }
        }

        if (!TrySplitScope(text, credential, out var secretId, out var date, out var service)
            || !IsSignature(text[signature])
            || !SignsRequiredHeaders(text[signedHeaders]))
        {
            return false;
        }
        authorization = new Tc3Authorization(header, secretId, date, service, signedHeaders, signature);
        return true;
    }

    private ReadOnlySpan<char> Part(Range range) => _header is null ? default : _header.AsSpan()[range];

    /// <summary>Reads one <c>Name=Value</c> piece, trimming spaces around both; the value must not be empty.</summary>
    private static bool TryReadPart(ReadOnlySpan<char> text, int start, int length, out Range name, out Range value)
    {
        name = value = default;
        ReadOnlySpan<char> piece = text.Slice(start, length);
        int equals = piece.IndexOf('=');
        if (equals <= 0)
        {
            return false;
        }
        name = Trimmed(piece[..equals], start);
        value = Trimmed(piece[(equals + 1)..], start + equals + 1);
        return !name.Start.Equals(name.End) && !value.Start.Equals(value.End);
    }

    private static Range Trimmed(ReadOnlySpan<char> span, int offset)
    {
        int leading = span.Length - span.TrimStart().Length;
        int length = span.Trim().Length;
        return new Range(offset + leading, offset + leading + length);
    }

    /// <summary>Parts are never empty, so the default range marks one not seen yet.</summary>
    private static bool IsUnset(Range range) => range.Equals(default(Range));

    /// <summary>
    /// Splits <c>SecretId/date/service/tc3_request</c>. The SecretId and date contain no slash; the service may
    /// (the node SDK uses the endpoint up to its first dot, path included), so it is everything in between.
    /// </summary>
    private static bool TrySplitScope(ReadOnlySpan<char> text, Range credential, out Range secretId, out Range date,
        out Range service)
    {
        secretId = date = service = default;
        if (IsUnset(credential))
        {
            return false;
        }
        var (start, length) = credential.GetOffsetAndLength(text.Length);
        ReadOnlySpan<char> scope = text.Slice(start, length);
        int firstSlash = scope.IndexOf('/');
        if (firstSlash <= 0)
        {
            return false;
        }
        int secondSlash = scope[(firstSlash + 1)..].IndexOf('/') + firstSlash + 1;
        const string terminator = "/" + Tc3Signature.ScopeTerminator;
        int serviceEnd = scope.Length - terminator.Length;
        if (secondSlash <= firstSlash + 1 || serviceEnd <= secondSlash + 1 || !scope.EndsWith(terminator))
        {
            return false;
        }
        secretId = new Range(start, start + firstSlash);
        date = new Range(start + firstSlash + 1, start + secondSlash);
        service = new Range(start + secondSlash + 1, start + serviceEnd);
        return true;
    }

    private static bool IsSignature(ReadOnlySpan<char> value)
        => value.Length == Tc3Signature.HexLength && !value.ContainsAnyExcept(HexDigits);

    private static bool SignsRequiredHeaders(ReadOnlySpan<char> signedHeaders)
    {
        bool host = false, contentType = false;
        foreach (Range name in signedHeaders.Split(';'))
        {
            host |= signedHeaders[name].Equals("host", StringComparison.OrdinalIgnoreCase);
            contentType |= signedHeaders[name].Equals("content-type", StringComparison.OrdinalIgnoreCase);
        }
        return host && contentType;
    }
}
