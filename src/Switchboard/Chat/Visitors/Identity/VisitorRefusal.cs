namespace Switchboard.Chat.Visitors.Identity;

/// <summary>Why a visitor's sign-in or credential was refused: the HTTP status and the <c>{code, message}</c> body.</summary>
public sealed record VisitorRefusal(int HttpStatus, string Code, string Message)
{
    /// <summary>The body was not the sign-in request.</summary>
    public static VisitorRefusal BadRequest(string message) => new(StatusCodes.Status400BadRequest, "badRequest", message);

    /// <summary>No such application.</summary>
    public static VisitorRefusal UnknownApplication(long sdkAppId) =>
        new(StatusCodes.Status404NotFound, "unknownApplication", $"There is no application with sdkAppId {sdkAppId}; check the widget's data-app-id.");

    /// <summary>Too many sign-ins from this address.</summary>
    public static readonly VisitorRefusal RateLimited =
        new(StatusCodes.Status429TooManyRequests, "rateLimited", "Too many sign-ins from this address; retry in a few seconds.");

    /// <summary>The UserSig was forged, altered, or made for another application or visitor id.</summary>
    public static readonly VisitorRefusal UserSigInvalid =
        new(StatusCodes.Status401Unauthorized, "invalidUserSig", "The userSig is not valid for this application and visitor id; create one with CreateUserSig.");

    /// <summary>The UserSig's validity ran out.</summary>
    public static readonly VisitorRefusal UserSigExpired =
        new(StatusCodes.Status401Unauthorized, "userSigExpired", "The userSig has expired; the host page must fetch a fresh one from its backend (CreateUserSig).");

    /// <summary>A visitor id without the token or UserSig that proves it.</summary>
    public static readonly VisitorRefusal VisitorIdUnproven =
        new(StatusCodes.Status401Unauthorized, "visitorIdUnproven", "A visitorId must come with its visitorToken or a userSig; sign in without it to get a new one.");

    /// <summary>No credential at all.</summary>
    public static readonly VisitorRefusal TokenMissing =
        new(StatusCodes.Status401Unauthorized, "visitorTokenMissing", "A visitor token is required (Authorization: Bearer or access_token); get one from /chat/visitor/sign-in.");

    /// <summary>A token that does not open: tampered with, from another server, or for another application or visitor.</summary>
    public static readonly VisitorRefusal TokenInvalid =
        new(StatusCodes.Status401Unauthorized, "invalidVisitorToken", "The visitor token is not valid here; sign in again.");

    /// <summary>A token past its lifetime.</summary>
    public static readonly VisitorRefusal TokenExpired =
        new(StatusCodes.Status401Unauthorized, "visitorTokenExpired", "The visitor token has expired; sign in again (verified visitors with a fresh userSig).");

    /// <summary>The application's signing key is stored but this server cannot decrypt it (its key ring changed).</summary>
    public static readonly VisitorRefusal SigningKeyUnreadable =
        new(StatusCodes.Status503ServiceUnavailable, "signingKeyUnavailable",
            "This server cannot check userSigs for the application now (its key store does not match); anonymous chat still works. The operator finds why in the server log.");
}
