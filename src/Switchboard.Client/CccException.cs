namespace Switchboard.Client;

/// <summary>
/// A failed call. <see cref="Code"/> is the API's error code (e.g. <c>AuthFailure.SignatureFailure</c>,
/// <c>InvalidParameterValue.InstanceNotExist</c>) with its <see cref="Exception.Message"/> and
/// <see cref="RequestId"/>, or one of the <c>ClientError.*</c> codes below when no API answer was obtained.
/// </summary>
public sealed class CccException : Exception
{
    /// <summary>The server answered with an HTTP status other than 200; <see cref="HttpStatusCode"/> holds it.</summary>
    public const string HttpStatusCodeError = "ClientError.HttpStatusCodeError";

    /// <summary>The body was not JSON, had no <c>Response</c> object, or did not fit the response type.</summary>
    public const string InvalidResponse = "ClientError.InvalidResponse";

    /// <summary>No answer: connection failure or no response within <see cref="CccClientOptions.Timeout"/>.</summary>
    public const string NetworkError = "ClientError.NetworkError";

    /// <summary>Creates an exception for an API error or a client-side failure.</summary>
    public CccException(string code, string message, string? requestId = null, int? httpStatusCode = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        RequestId = requestId;
        HttpStatusCode = httpStatusCode;
    }

    /// <summary>The error code, e.g. <c>MissingParameter</c> or <see cref="NetworkError"/>.</summary>
    public string Code { get; }

    /// <summary>The <c>RequestId</c> of the answer, when the server sent one; quote it when reporting a problem.</summary>
    public string? RequestId { get; }

    /// <summary>The HTTP status when it was not 200, else null.</summary>
    public int? HttpStatusCode { get; }
}
