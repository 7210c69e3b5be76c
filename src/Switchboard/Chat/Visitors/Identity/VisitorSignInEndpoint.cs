using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Switchboard.Chat.Visitors.Identity;

/// <summary>
/// <c>POST /chat/visitor/sign-in</c>: anonymous visitors get an id and a token; a token of an earlier sign-in renews to
/// the same id; a UserSig from <c>CreateUserSig</c> signs the visitor in as the business's user, verified.
/// </summary>
public static class VisitorSignInEndpoint
{
    /// <summary>The path.</summary>
    public const string Path = "/chat/visitor/sign-in";

    /// <summary>Far above any real request (a UserSig with the largest client data is about 4 KB).</summary>
    private const int MaxBodyBytes = 64 * 1024;

    private static readonly JsonSerializerOptions StrictJson = new(JsonSerializerOptions.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>Maps the sign-in and its CORS preflight.</summary>
    public static void MapVisitorSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, (RequestDelegate)SignInAsync).WithDisplayName("Visitor sign-in");
        endpoints.MapMethods(Path, [HttpMethods.Options], ChatCors.Preflight).WithDisplayName("Visitor sign-in preflight");
    }

    private static async Task SignInAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var address = http.Connection.RemoteIpAddress ?? IPAddress.None;
        if (!services.GetRequiredService<VisitorSignInRateLimiter>().TryAcquire(address))
        {
            await ChatCors.RefuseAsync(http, VisitorRefusal.RateLimited);
            return;
        }
        var (request, refusal) = await ReadAsync(http);
        if (refusal is not null)
        {
            await ChatCors.RefuseAsync(http, refusal);
            return;
        }
        if (!await services.GetRequiredService<ChatApplications>().ExistsAsync(request!.SdkAppId, http.RequestAborted))
        {
            await ChatCors.RefuseAsync(http, VisitorRefusal.UnknownApplication(request.SdkAppId));
            return;
        }
        var (answer, refused) = await DecideAsync(request, services, http.RequestAborted);
        if (refused is not null)
        {
            await ChatCors.RefuseAsync(http, refused);
            return;
        }
        ChatCors.AllowAnyOrigin(http.Response);
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.WriteAsJsonAsync(answer, JsonSerializerOptions.Web, http.RequestAborted);
    }

    private static async Task<(VisitorSignInAnswer?, VisitorRefusal?)> DecideAsync(VisitorSignInRequest request, IServiceProvider services, CancellationToken cancellationToken)
    {
        var tokens = services.GetRequiredService<VisitorTokens>();
        if (!string.IsNullOrEmpty(request.UserSig))
        {
            byte[]? key;
            try
            {
                key = await services.GetRequiredService<VisitorSigningKeyStore>().FindAsync(request.SdkAppId, cancellationToken);
            }
            catch (VisitorSigningKeyUnreadableException)
            {
                return (null, VisitorRefusal.SigningKeyUnreadable);
            }
            var claims = key is null ? null : UserSig.Verify(key, request.SdkAppId, request.UserSig);
            if (claims is null || !VisitorIds.IsValidUid(claims.Uid) || (request.VisitorId is { } claimed && claimed != claims.Uid))
                return (null, VisitorRefusal.UserSigInvalid);
            if (services.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeSeconds() >= claims.ExpiresAt)
                return (null, VisitorRefusal.UserSigExpired);
            return (Answer(tokens.Issue(request.SdkAppId, claims.Uid, verified: true, claims.ClientData)), null);
        }
        if (!string.IsNullOrEmpty(request.VisitorToken))
        {
            var ticket = tokens.Open(request.VisitorToken);
            if (ticket is null || ticket.SdkAppId != request.SdkAppId || (request.VisitorId is { } claimed && claimed != ticket.VisitorId))
                return (null, VisitorRefusal.TokenInvalid);
            if (!tokens.IsRenewable(ticket)) return (null, VisitorRefusal.TokenExpired);
            // A verified identity is not stretched past the token its UserSig earned; an anonymous one slides.
            var renewed = tokens.Issue(ticket.SdkAppId, ticket.VisitorId, ticket.Verified, ticket.ClientData,
                ticket.Verified ? ticket.ExpiresAtMs : null);
            return (Answer(renewed), null);
        }
        if (!string.IsNullOrEmpty(request.VisitorId)) return (null, VisitorRefusal.VisitorIdUnproven);
        return (Answer(tokens.Issue(request.SdkAppId, VisitorIds.NewAnonymous(), verified: false, clientData: null)), null);
    }

    private static VisitorSignInAnswer Answer((string Token, VisitorTicket Ticket) issued) =>
        new(issued.Ticket.VisitorId, issued.Token, issued.Ticket.Verified, issued.Ticket.ExpiresAtMs);

    private static async Task<(VisitorSignInRequest?, VisitorRefusal?)> ReadAsync(HttpContext http)
    {
        if (!http.Request.HasJsonContentType())
            return (null, VisitorRefusal.BadRequest("The body must be JSON (Content-Type: application/json): { sdkAppId, visitorId?, visitorToken?, userSig? }."));
        if (http.Request.ContentLength > MaxBodyBytes)
            return (null, VisitorRefusal.BadRequest($"The body is larger than {MaxBodyBytes} bytes."));
        try
        {
            using var body = await ReadLimitedAsync(http.Request.Body, http.RequestAborted);
            var request = await JsonSerializer.DeserializeAsync<VisitorSignInRequest>(body, StrictJson, http.RequestAborted);
            if (request is null || request.SdkAppId <= 0)
                return (null, VisitorRefusal.BadRequest("sdkAppId must be the application's id, a positive number."));
            return (request, null);
        }
        catch (JsonException e)
        {
            return (null, VisitorRefusal.BadRequest($"The body is not a sign-in request ({{ sdkAppId, visitorId?, visitorToken?, userSig? }}): {e.Message}"));
        }
        catch (InvalidDataException e)
        {
            return (null, VisitorRefusal.BadRequest(e.Message));
        }
    }

    /// <summary>The body in memory, refused past <see cref="MaxBodyBytes"/> whatever Content-Length claimed.</summary>
    private static async Task<MemoryStream> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        var copy = new MemoryStream();
        var buffer = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (copy.Length + read > MaxBodyBytes) throw new InvalidDataException($"The body is larger than {MaxBodyBytes} bytes.");
            copy.Write(buffer, 0, read);
        }
        copy.Position = 0;
        return copy;
    }
}
