namespace Switchboard.Sdk.Login;

/// <summary>
/// A refused login or renewal: the HTTP status and the <c>{code, message}</c> body the script turns into
/// <c>tokenExpired</c>. The codes are the protocol's (docs/agent-sdk-protocol.md); the messages are for people.
/// </summary>
public sealed record SdkLoginFailure(int HttpStatus, string Code, string Message)
{
    public static readonly SdkLoginFailure TokenExpired = new(StatusCodes.Status401Unauthorized, "TokenExpired",
        "The login token is older than 10 minutes; ask the business backend for a new SdkURL.");

    public static readonly SdkLoginFailure TokenUsed = new(StatusCodes.Status401Unauthorized, "TokenUsed",
        "The login token was already used; every SdkURL logs in once. Ask the business backend for a new one.");

    public static readonly SdkLoginFailure TokenInvalid = new(StatusCodes.Status401Unauthorized, "TokenInvalid",
        "The login token is not valid for this application and agent.");

    public static readonly SdkLoginFailure AgentNotFound = new(StatusCodes.Status401Unauthorized, "AgentNotFound",
        "The agent no longer exists in this application.");

    public static readonly SdkLoginFailure ForcedOffline = new(StatusCodes.Status401Unauthorized, "ForcedOffline",
        "The agent was forced offline (ForceMemberOffline) and cannot log in until RestoreMemberOnline.");

    public static readonly SdkLoginFailure SessionExpired = new(StatusCodes.Status401Unauthorized, "SessionExpired",
        "The session has expired; load a new SdkURL to log in again.");

    public static readonly SdkLoginFailure SessionInvalid = new(StatusCodes.Status401Unauthorized, "SessionInvalid",
        "The session credential is missing or not one this server issued.");

    public static readonly SdkLoginFailure TooManyRequests = new(StatusCodes.Status429TooManyRequests, "TooManyRequests",
        "Too many logins from this address; wait a few seconds and retry.");

    public static readonly SdkLoginFailure ServerError = new(StatusCodes.Status503ServiceUnavailable, "ServerError",
        "The server could not complete the request right now; retry in a moment.");

    /// <summary>A malformed body; <paramref name="problem"/> says what is wrong with it.</summary>
    public static SdkLoginFailure BadRequest(string problem) => new(StatusCodes.Status400BadRequest, "BadRequest", problem);

    /// <summary>The map from a token redemption to the answer the page gets; null when the token was redeemed.</summary>
    public static SdkLoginFailure? For(SdkLoginRedemption redemption) => redemption switch
    {
        SdkLoginRedemption.Redeemed => null,
        SdkLoginRedemption.Expired => TokenExpired,
        SdkLoginRedemption.AlreadyUsed => TokenUsed,
        // Unknown, another application's or another agent's token: the page learns nothing about other tenants.
        _ => TokenInvalid,
    };
}
