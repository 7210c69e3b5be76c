namespace Switchboard.Sdk.Login;

/// <summary>
/// CORS for the SDK's endpoints: any origin, never credentials. Pages embedding the SDK live on the business's
/// own origins, and nothing here depends on ambient credentials (no cookie is read), so a wildcard is safe.
/// </summary>
public static class SdkCors
{
    /// <summary>Lets any page read the answer.</summary>
    public static void AllowAnyOrigin(HttpResponse response) => response.Headers.AccessControlAllowOrigin = "*";

    /// <summary>Answers a preflight for a JSON POST carrying an Authorization header.</summary>
    public static IResult Preflight(HttpContext http) => PreflightFor(http, "POST");

    /// <summary>Answers a preflight for <paramref name="methods"/> with a JSON or multipart body and an Authorization header.</summary>
    public static IResult PreflightFor(HttpContext http, string methods)
    {
        var headers = http.Response.Headers;
        headers.AccessControlAllowOrigin = "*";
        headers.AccessControlAllowMethods = methods;
        headers.AccessControlAllowHeaders = "Content-Type, Authorization";
        headers.AccessControlMaxAge = "600";
        return Results.NoContent();
    }
}
