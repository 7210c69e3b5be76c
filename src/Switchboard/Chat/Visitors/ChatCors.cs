using System.Text.Json;
using Switchboard.Chat.Visitors.Identity;
using Switchboard.Sdk.Login;

namespace Switchboard.Chat.Visitors;

/// <summary>
/// CORS for the visitor endpoints: any origin, never credentials. The widget runs on the business's own sites and
/// authenticates with a bearer token, never a cookie, so a wildcard is safe.
/// </summary>
public static class ChatCors
{
    /// <summary>Lets any page read the answer.</summary>
    public static void AllowAnyOrigin(HttpResponse response) => SdkCors.AllowAnyOrigin(response);

    /// <summary>Answers a preflight for a JSON or multipart request carrying an Authorization header.</summary>
    public static IResult Preflight(HttpContext http) => SdkCors.PreflightFor(http, "GET, POST");

    /// <summary>Writes a refusal as <c>{code, message}</c> with its status, readable from any origin.</summary>
    public static async Task RefuseAsync(HttpContext http, VisitorRefusal refusal)
    {
        var response = http.Response;
        response.StatusCode = refusal.HttpStatus;
        response.Headers.CacheControl = "no-store";
        AllowAnyOrigin(response);
        await response.WriteAsJsonAsync(new { code = refusal.Code, message = refusal.Message }, JsonSerializerOptions.Web, http.RequestAborted);
    }
}
