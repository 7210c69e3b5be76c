using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Switchboard.Chat.Visitors.Identity;

/// <summary>
/// Authenticates a visitor by the token from <c>/chat/visitor/sign-in</c>, sent as <c>Authorization: Bearer</c> or,
/// where a browser cannot set headers (WebSockets, an image URL), as <c>access_token</c>. A missing, expired or forged
/// token gets a 401 with <c>{code, message}</c>; on the hub that happens before the upgrade.
/// </summary>
public sealed class VisitorTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    VisitorTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name visitor endpoints require.</summary>
    public const string SchemeName = "VisitorToken";

    private const string RefusalItem = "Switchboard.Chat.VisitorRefusal";

    /// <summary>The bearer credential of a request: the header, else the <c>access_token</c> query parameter.</summary>
    public static string CredentialOf(HttpRequest request) =>
        request.Headers.Authorization.ToString() is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : request.Query["access_token"].ToString();

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var credential = CredentialOf(Request);
        if (credential.Length == 0) return Task.FromResult(Refuse(VisitorRefusal.TokenMissing, noResult: true));
        var ticket = tokens.Open(credential);
        if (ticket is null) return Task.FromResult(Refuse(VisitorRefusal.TokenInvalid));
        if (!tokens.IsCurrent(ticket)) return Task.FromResult(Refuse(VisitorRefusal.TokenExpired));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(VisitorClaims.For(ticket, SchemeName), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        await HandleAuthenticateOnceSafeAsync();
        var refusal = Context.Items[RefusalItem] as VisitorRefusal ?? VisitorRefusal.TokenMissing;
        Response.StatusCode = refusal.HttpStatus;
        Response.Headers.CacheControl = "no-store";
        Response.Headers.AccessControlAllowOrigin = "*";
        await Response.WriteAsJsonAsync(new { code = refusal.Code, message = refusal.Message }, JsonSerializerOptions.Web);
    }

    private AuthenticateResult Refuse(VisitorRefusal refusal, bool noResult = false)
    {
        Context.Items[RefusalItem] = refusal;
        return noResult ? AuthenticateResult.NoResult() : AuthenticateResult.Fail(refusal.Message);
    }
}
