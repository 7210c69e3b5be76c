namespace Switchboard.CloudApi.Signatures;

/// <summary>Outcome of a request signature check; each failure maps to one Tencent error code.</summary>
public enum SignatureCheck
{
    /// <summary>The signature matches and the timestamp is within the window.</summary>
    Valid,

    /// <summary>Authorization or signature parameters are missing or malformed: <see cref="ErrorCodes.InvalidAuthorization"/>.</summary>
    InvalidAuthorization,

    /// <summary>The timestamp is outside the clock-skew window: <see cref="ErrorCodes.SignatureExpire"/>.</summary>
    SignatureExpire,

    /// <summary>The signature does not match (or the timestamp or scope date is unusable): <see cref="ErrorCodes.SignatureFailure"/>.</summary>
    SignatureFailure,
}
