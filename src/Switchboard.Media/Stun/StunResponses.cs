using System.Net;

namespace Switchboard.Media.Stun;

/// <summary>The Binding responses an ICE-lite agent sends, each with MESSAGE-INTEGRITY (when keyed) and FINGERPRINT.</summary>
public static class StunResponses
{
    /// <summary>
    /// Writes a Binding success response to <paramref name="transactionId"/> telling the peer its address
    /// <paramref name="mapped"/>, authenticated with <paramref name="key"/>; returns its length.
    /// </summary>
    public static int WriteBindingSuccess(Span<byte> destination, StunTransactionId transactionId, IPEndPoint mapped,
        ReadOnlySpan<byte> key)
    {
        var writer = new StunWriter(destination, StunMessageClass.SuccessResponse, StunMethod.Binding, transactionId);
        writer.AddXorMappedAddress(mapped);
        writer.AddMessageIntegrity(key);
        writer.AddFingerprint();
        return writer.Length;
    }

    /// <summary>
    /// Writes a Binding error response with <paramref name="code"/> and its recommended reason; UNKNOWN-ATTRIBUTES
    /// when <paramref name="unknownAttributes"/> is not empty; MESSAGE-INTEGRITY only when <paramref name="key"/> is
    /// not empty (a 400 or 401 cannot be keyed: the request's credentials are the problem). Returns its length.
    /// </summary>
    public static int WriteBindingError(Span<byte> destination, StunTransactionId transactionId, int code,
        ReadOnlySpan<byte> key, ReadOnlySpan<ushort> unknownAttributes = default)
    {
        var writer = new StunWriter(destination, StunMessageClass.ErrorResponse, StunMethod.Binding, transactionId);
        writer.AddErrorCode(code, StunErrorCode.ReasonPhrase(code));
        if (!unknownAttributes.IsEmpty) writer.AddUnknownAttributes(unknownAttributes);
        if (!key.IsEmpty) writer.AddMessageIntegrity(key);
        writer.AddFingerprint();
        return writer.Length;
    }
}
