using System.Globalization;

namespace Switchboard.CloudApi.Signatures;

/// <summary>The clock-skew rule shared by TC3 and v1: a signed timestamp is good for five minutes either way.</summary>
internal static class SignatureTimestamp
{
    public const int DefaultMaxSkewSeconds = 300;

    public static SignatureCheck Check(ReadOnlySpan<char> value, long nowUnixSeconds, int maxSkewSeconds, out long timestamp)
    {
        // Canonical digits only: TC3 signs the timestamp as it is formatted again from the number, so a leading
        // zero would let "01700000000" pass with the signature of "1700000000".
        bool leadingZero = value.Length > 1 && value[0] == '0';
        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out timestamp) || leadingZero)
        {
            return SignatureCheck.SignatureFailure;
        }
        // Subtracting could overflow for absurd timestamps; compare against the window bounds instead.
        bool tooOld = timestamp < nowUnixSeconds - maxSkewSeconds;
        bool tooNew = timestamp > nowUnixSeconds + maxSkewSeconds;
        return tooOld || tooNew ? SignatureCheck.SignatureExpire : SignatureCheck.Valid;
    }
}
