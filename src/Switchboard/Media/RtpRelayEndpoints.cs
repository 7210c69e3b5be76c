using System.Net;
using System.Text.Json;

namespace Switchboard.Media;

/// <summary>
/// Diagnostic endpoints for carrier-style plain RTP relays (only with <see cref="MediaOptions.DiagnosticEndpoints"/>):
/// <c>POST /media/relays</c> with <c>{ a: {address, port, codec}, b: {…} }</c> answers the relay's port for each
/// side; <c>GET</c> and <c>DELETE /media/relays/{id}</c> show and close it. Refusals are <c>{code, message}</c>.
/// </summary>
public static class RtpRelayEndpoints
{
    private const int MaxBodyBytes = 4096;

    /// <summary>Maps the relay endpoints.</summary>
    public static WebApplication MapRtpRelays(this WebApplication app)
    {
        app.MapPost("/media/relays", (RequestDelegate)OpenAsync).DisableAntiforgery();
        app.MapGet("/media/relays/{id}", (string id, RtpRelays relays) =>
            relays.Find(id) is { } relay ? Results.Json(relay.View(), JsonSerializerOptions.Web) : NotFound(id));
        app.MapDelete("/media/relays/{id}", (string id, RtpRelays relays) =>
            relays.Close(id) is { } closed ? Results.Json(closed, JsonSerializerOptions.Web) : NotFound(id));
        return app;
    }

    private static async Task OpenAsync(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        IResult result;
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            result = Refusal(400, "InvalidRequest", $"The body must be at most {MaxBodyBytes} bytes.");
        }
        else
        {
            RtpRelayRequest? request = null;
            string? problem = null;
            try
            {
                request = await http.Request.ReadFromJsonAsync<RtpRelayRequest>(JsonSerializerOptions.Web, http.RequestAborted);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                problem = "The body is not a JSON relay request: " + e.Message;
            }
            var relays = http.RequestServices.GetRequiredService<RtpRelays>();
            var (relay, error, busy) = problem is null
                ? relays.Open(request, http.Connection.LocalIpAddress ?? IPAddress.Loopback)
                : (null, problem, false);
            result = relay is not null ? Results.Json(relay.View(), JsonSerializerOptions.Web, statusCode: 201)
                : busy ? Refusal(503, "MediaBusy", error!)
                : Refusal(400, "InvalidRequest", error!);
        }
        await result.ExecuteAsync(http);
    }

    private static IResult NotFound(string id) => Refusal(404, "RelayNotFound", $"No relay '{id}' is open.");

    private static IResult Refusal(int status, string code, string message) =>
        Results.Json(new { code, message }, JsonSerializerOptions.Web, statusCode: status);
}
