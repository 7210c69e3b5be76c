using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Switchboard.Presence;
using Switchboard.Sdk.Login;
using Switchboard.Staff;

namespace Switchboard.Sdk.Hub;

/// <summary>
/// Authenticates the hub's WebSocket request by the session credential in <c>access_token</c> or an
/// <c>Authorization: Bearer</c> header. A missing, expired or forged credential, a deleted or forced-offline agent, gets a 401
/// with <c>{code, message}</c> before the upgrade, so the connection never opens.
/// </summary>
public sealed class SdkSessionAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    SdkSessionCredentials credentials)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name the hub endpoint requires.</summary>
    public const string SchemeName = "SdkSession";

    private const string RefusalItem = "Switchboard.Sdk.SessionRefusal";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // Browsers cannot set headers on a WebSocket and send the query parameter; other clients (the .NET SignalR
        // client, a native workstation) send the header.
        var credential = Request.Headers.Authorization.ToString() is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : Request.Query["access_token"].ToString();
        // Requests elsewhere (the cloud API, the script) carry no credential: stay out of their way cheaply.
        if (credential.Length == 0) return Refuse(SdkLoginFailure.SessionInvalid, noResult: true);

        switch (credentials.Check(credential, out var session))
        {
            case SdkSessionCheck.Expired: return Refuse(SdkLoginFailure.SessionExpired);
            case SdkSessionCheck.Invalid: return Refuse(SdkLoginFailure.SessionInvalid);
        }
        // Resolved here, not injected: this handler also runs (and stops at once) for every request without a credential.
        var services = Context.RequestServices;
        var agent = session!.Agent;
        // A session outlives nothing it was issued for: a deleted agent must not come back online through it.
        if (await services.GetRequiredService<AgentDirectory>().FindMailAsync(agent.SdkAppId, agent.MailKey, Context.RequestAborted) is null)
            return Refuse(SdkLoginFailure.AgentNotFound);
        if ((await services.GetRequiredService<IPresenceDirectory>().GetAsync(agent)).ForcedOffline)
            return Refuse(SdkLoginFailure.ForcedOffline);

        return AuthenticateResult.Success(new AuthenticationTicket(AgentClaims.For(session.Agent, SchemeName), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        await HandleAuthenticateOnceSafeAsync();
        var refusal = Context.Items[RefusalItem] as SdkLoginFailure ?? SdkLoginFailure.SessionInvalid;
        Response.StatusCode = refusal.HttpStatus;
        Response.Headers.CacheControl = "no-store";
        await Response.WriteAsJsonAsync(new { code = refusal.Code, message = refusal.Message }, JsonSerializerOptions.Web);
    }

    private AuthenticateResult Refuse(SdkLoginFailure refusal, bool noResult = false)
    {
        Context.Items[RefusalItem] = refusal;
        return noResult ? AuthenticateResult.NoResult() : AuthenticateResult.Fail(refusal.Message);
    }
}
