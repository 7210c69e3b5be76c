using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Switchboard.Sdk.Hub;
using Switchboard.Sdk.Login;

namespace Switchboard.Media;

/// <summary>
/// HTTP signalling for WebRTC audio: non-trickle offer/answer as JSON. The agent's microphone test
/// (<c>POST /sdk/media/mic-test</c>, with the SDK session credential) always; the diagnostic echo and rooms under
/// <c>/media</c> only when <see cref="MediaOptions.DiagnosticEndpoints"/> is on. Refusals are <c>{code, message}</c>.
/// </summary>
public static class MediaEndpoints
{
    /// <summary>Maps the microphone test, and the diagnostic endpoints when enabled.</summary>
    public static WebApplication MapMedia(this WebApplication app, MediaOptions options)
    {
        app.MapPost("/sdk/media/mic-test", (RequestDelegate)MicrophoneTestAsync).DisableAntiforgery()
            .RequireAuthorization(new AuthorizeAttribute { AuthenticationSchemes = SdkSessionAuthentication.SchemeName });
        app.MapMethods("/sdk/media/mic-test", [HttpMethods.Options], SdkCors.Preflight);
        if (!options.DiagnosticEndpoints) return app;

        app.MapPost("/media/echo", (RequestDelegate)(http => AnswerAsync(http, "echo", (engine, leg) =>
        {
            engine.Echo(leg);
            return null;
        }))).DisableAntiforgery();
        app.MapPost("/media/rooms/{room}", (RequestDelegate)JoinRoomAsync).DisableAntiforgery();
        // Test pages live on another origin than the server, like business pages do.
        app.MapMethods("/media/echo", [HttpMethods.Options], SdkCors.Preflight);
        app.MapMethods("/media/rooms/{room}", [HttpMethods.Options], SdkCors.Preflight);
        app.MapGet("/media/rooms/{room}", (string room, MediaEngine engine) =>
            engine.FindRoom(room) is { } open ? Results.Json(open.View(), JsonSerializerOptions.Web) : Refusal(404, "RoomNotFound", $"No room '{room}' is open."));
        app.MapDelete("/media/rooms/{room}", (string room, MediaEngine engine) =>
            engine.CloseRoom(room) is { } closed ? Results.Json(closed, JsonSerializerOptions.Web) : Refusal(404, "RoomNotFound", $"No room '{room}' is open."));
        app.MapGet("/media/stats", (MediaEngine engine) => Results.Json(new
        {
            legs = engine.LegCount,
            port = engine.Port.LocalEndPoint.ToString(),
            received = engine.Port.Counters.Received,
            delivered = engine.Port.Counters.Delivered,
            checksAnswered = engine.Port.Counters.ChecksAnswered,
            sent = engine.Port.Counters.Sent,
            dropped = Enum.GetValues<Switchboard.Media.Transport.MediaPortDropReason>()
                .ToDictionary(reason => reason.ToString(), engine.Port.Counters.Dropped),
        }, JsonSerializerOptions.Web));
        app.MapRtpRelays(); // carrier-style plain RTP relays
        return app;
    }

    private static Task MicrophoneTestAsync(HttpContext http)
    {
        var agent = AgentClaims.AgentOf(http.User);
        return AnswerAsync(http, $"mic-test-{agent}", (engine, leg) =>
        {
            engine.Echo(leg);
            return null;
        });
    }

    private static Task JoinRoomAsync(HttpContext http)
    {
        var room = (string)http.GetRouteValue("room")!;
        var mode = http.Request.Query["mode"] == "mix" ? MediaRoomMode.Mix : MediaRoomMode.Bridge;
        var record = http.Request.Query["record"] == "true";
        return AnswerAsync(http, room, (engine, leg) =>
            engine.Room(room, mode, record).TryJoin(leg, out var refusal) ? null : refusal);
    }

    /// <summary>Reads the offer, answers it, then lets <paramref name="place"/> put the leg somewhere (or refuse it).</summary>
    private static async Task AnswerAsync(HttpContext http, string name, Func<MediaEngine, WebRtc.WebRtcLeg, string?> place)
    {
        SdkCors.AllowAnyOrigin(http.Response);
        http.Response.Headers.CacheControl = "no-store";
        var (sdp, problem) = await MediaOffer.ReadAsync(http.Request, http.RequestAborted);
        IResult result;
        if (sdp is null)
        {
            result = Refusal(400, "InvalidRequest", problem!);
        }
        else
        {
            var engine = http.RequestServices.GetRequiredService<MediaEngine>();
            var answer = engine.Answer(sdp, name, out var busy);
            if (answer.Leg is null)
            {
                result = busy ? Refusal(503, "MediaBusy", answer.Error!) : Refusal(400, "InvalidOffer", answer.Error!);
            }
            else if (place(engine, answer.Leg) is { } refusal)
            {
                answer.Leg.Dispose();
                result = Refusal(409, "Refused", refusal);
            }
            else
            {
                result = Results.Json(new { type = "answer", sdp = answer.Sdp, leg = answer.Leg.Name }, JsonSerializerOptions.Web);
            }
        }
        await result.ExecuteAsync(http);
    }

    private static IResult Refusal(int status, string code, string message) =>
        Results.Json(new { code, message }, JsonSerializerOptions.Web, statusCode: status);
}
