using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Chat;
using Switchboard.Client;
using Switchboard.Storage;

namespace Switchboard.IntegrationTests.Chat.Visitors;

/// <summary><c>POST /chat/visitor/sign-in</c> and <c>CreateUserSig</c> on a real server.</summary>
public sealed class VisitorSignInTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_anonymous_visitor_gets_a_random_id_and_keeps_it_when_renewing_with_the_token()
    {
        await using var visitors = await VisitorScenario.StartAsync();

        var (status, first) = await visitors.SignInAsync(new { sdkAppId = visitors.App });
        Assert.Equal(HttpStatusCode.OK, status);
        var visitorId = first.GetProperty("visitorId").GetString()!;
        Assert.Matches("^v-[A-Za-z0-9_-]{22}$", visitorId);
        Assert.False(first.GetProperty("verified").GetBoolean());
        var other = await visitors.AnonymousAsync();
        Assert.NotEqual(visitorId, other.VisitorId);

        // A day and a half later (the token lasted a day): a reload renews it and is still the same visitor.
        visitors.Chat.Advance(TimeSpan.FromHours(36));
        var (renewedStatus, renewed) = await visitors.SignInAsync(new
        {
            sdkAppId = visitors.App, visitorId, visitorToken = first.GetProperty("visitorToken").GetString(),
        });
        Assert.Equal(HttpStatusCode.OK, renewedStatus);
        Assert.Equal(visitorId, renewed.GetProperty("visitorId").GetString());
        Assert.NotEqual(first.GetProperty("visitorToken").GetString(), renewed.GetProperty("visitorToken").GetString());
        Assert.True(renewed.GetProperty("expiresAtMs").GetInt64() > visitors.Chat.Clock.GetUtcNow().ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task A_UserSig_from_CreateUserSig_signs_the_user_in_verified_and_its_client_data_is_what_the_agent_sees()
    {
        await using var visitors = await VisitorScenario.StartAsync();
        await visitors.Chat.LogInAsync("ann@example.com");
        var sig = await visitors.Chat.Presence.Client.CreateUserSigAsync(new CreateUserSigRequest
        {
            SdkAppId = visitors.App, Uid = "customer-42", ClientData = "tier=gold", ExpiredTime = 600,
        }, Cancellation);

        var (status, body) = await visitors.SignInAsync(new { sdkAppId = visitors.App, visitorId = "customer-42", userSig = sig.UserSig });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("customer-42", body.GetProperty("visitorId").GetString());
        Assert.True(body.GetProperty("verified").GetBoolean());

        var tab = await visitors.OpenTabAsync(body.GetProperty("visitorToken").GetString()!);
        // The page passes its own client data; the signed one wins.
        var started = await tab.InvokeAsync("Start", new { skillGroupId = visitors.Group, nickname = "Cat", clientData = "tier=platinum" });
        Assert.True(started.GetProperty("ok").GetBoolean(), started.ToString());
        var session = await visitors.Chat.Desk.GetAsync(visitors.App, started.GetProperty("session").GetProperty("sessionId").GetString()!, ChatSender.Visitor("customer-42"));
        Assert.Equal("tier=gold", session!.ClientData);
        await Desk.ChatScenario.EventuallyAsync(() => visitors.Chat.Notifiers.EventsOf("ann@example.com").Any(e =>
            e.Payload is ChatOffer offer && offer.SessionId == session.SessionId && offer.ClientData == "tier=gold" && offer.VisitorId == "customer-42"),
            "the agent's offer with the signed client data");
    }

    [Fact]
    public async Task Forged_altered_expired_and_other_applications_UserSigs_are_refused_with_401()
    {
        await using var visitors = await VisitorScenario.StartAsync();
        var client = visitors.Chat.Presence.Client;
        var genuine = (await client.CreateUserSigAsync(new CreateUserSigRequest
        {
            SdkAppId = visitors.App, Uid = "customer-42", ClientData = "tier=gold", ExpiredTime = 60,
        }, Cancellation)).UserSig!;

        // The claims are readable; changing them (another uid) without the key breaks the signature.
        var parts = genuine.Split('.');
        var claims = Encoding.UTF8.GetString(Convert.FromBase64String(ToBase64(parts[1])));
        var altered = parts[0] + "." + ToBase64Url(Encoding.UTF8.GetBytes(claims.Replace("customer-42", "customer-43"))) + "." + parts[2];
        await AssertRefusedAsync(visitors, new { sdkAppId = visitors.App, userSig = altered }, "invalidUserSig");
        await AssertRefusedAsync(visitors, new { sdkAppId = visitors.App, userSig = "sb1.e30.AAAA" }, "invalidUserSig");
        await AssertRefusedAsync(visitors, new { sdkAppId = visitors.App, userSig = "not a signature" }, "invalidUserSig");
        // Genuine, but for another visitor id than the page claims.
        await AssertRefusedAsync(visitors, new { sdkAppId = visitors.App, visitorId = "customer-7", userSig = genuine }, "invalidUserSig");

        // Another application (another customer of this server) signs its own users only.
        var otherTenant = await visitors.Host.CreateTenantAsync();
        using var otherClient = TenantBackend.CreateClient(visitors.Host, new CccCredential(otherTenant.SecretId, otherTenant.SecretKey), o => o.TimeProvider = visitors.Chat.Clock);
        var foreign = (await otherClient.CreateUserSigAsync(new CreateUserSigRequest
        {
            SdkAppId = otherTenant.SdkAppId, Uid = "customer-42", ClientData = "", ExpiredTime = 600,
        }, Cancellation)).UserSig!;
        await AssertRefusedAsync(visitors, new { sdkAppId = visitors.App, userSig = foreign }, "invalidUserSig");
        // And the foreign signature works where it belongs.
        Assert.Equal(HttpStatusCode.OK, (await visitors.SignInAsync(new { sdkAppId = otherTenant.SdkAppId, userSig = foreign })).Status);

        visitors.Chat.Advance(TimeSpan.FromSeconds(61));
        await AssertRefusedAsync(visitors, new { sdkAppId = visitors.App, userSig = genuine }, "userSigExpired");
    }

    [Fact]
    public async Task Tampered_foreign_and_unproven_visitor_credentials_are_refused()
    {
        await using var visitors = await VisitorScenario.StartAsync();
        var (visitorId, token) = await visitors.AnonymousAsync();

        var tampered = token[..^6] + (token[^6] == 'A' ? 'B' : 'A') + token[^5..];
        await AssertRefusedAsync(visitors, new { sdkAppId = visitors.App, visitorToken = tampered }, "invalidVisitorToken");
        await AssertRefusedAsync(visitors, new { sdkAppId = visitors.App, visitorId = "v-someoneelse1234567890", visitorToken = token }, "invalidVisitorToken");
        // Claiming an id without its token: a forged visitor id.
        await AssertRefusedAsync(visitors, new { sdkAppId = visitors.App, visitorId }, "visitorIdUnproven");
        // The token of this application means nothing to another.
        var other = await visitors.Host.CreateTenantAsync();
        await AssertRefusedAsync(visitors, new { sdkAppId = other.SdkAppId, visitorToken = token }, "invalidVisitorToken");

        // The hub refuses a tampered token before the WebSocket opens.
        await using var forged = VisitorTab.Build(visitors.Host, tampered);
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => forged.StartAsync(Cancellation));
        Assert.Contains("401", refused.Message);
        // And an expired one: tokens last a day.
        visitors.Chat.Advance(TimeSpan.FromHours(25));
        await using var expired = VisitorTab.Build(visitors.Host, token);
        Assert.Contains("401", (await Assert.ThrowsAnyAsync<Exception>(() => expired.StartAsync(Cancellation))).Message);
    }

    [Fact]
    public async Task Malformed_sign_ins_and_unknown_applications_get_a_clear_error()
    {
        await using var visitors = await VisitorScenario.StartAsync();

        var (unknownStatus, unknown) = await visitors.SignInAsync(new { sdkAppId = 1_609_999_998 });
        Assert.Equal(HttpStatusCode.NotFound, unknownStatus);
        Assert.Equal("unknownApplication", unknown.GetProperty("code").GetString());
        Assert.Contains("1609999998", unknown.GetProperty("message").GetString());

        var (extraStatus, extra) = await visitors.SignInAsync(new { sdkAppId = visitors.App, admin = true });
        Assert.Equal(HttpStatusCode.BadRequest, extraStatus);
        Assert.Equal("badRequest", extra.GetProperty("code").GetString());

        using var notJson = await visitors.Host.HttpClient.PostAsync("chat/visitor/sign-in", new StringContent("sdkAppId=1", Encoding.UTF8, "text/plain"), Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        using var huge = await visitors.Host.HttpClient.PostAsync("chat/visitor/sign-in",
            new StringContent($"{{\"sdkAppId\":{visitors.App},\"userSig\":\"{new string('a', 100_000)}\"}}", Encoding.UTF8, "application/json"), Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Equal("badRequest", (await huge.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("code").GetString());
    }

    [Theory]
    [InlineData(3601)]
    [InlineData(0)]
    public async Task CreateUserSig_refuses_a_validity_outside_one_to_3600_seconds(long expiredTime)
    {
        await using var visitors = await VisitorScenario.StartAsync();
        var error = await Assert.ThrowsAsync<CccException>(() => visitors.Chat.Presence.Client.CreateUserSigAsync(new CreateUserSigRequest
        {
            SdkAppId = visitors.App, Uid = "customer-42", ClientData = "", ExpiredTime = expiredTime,
        }, Cancellation));
        Assert.Equal("InvalidParameterValue", error.Code);
        Assert.Contains("3600", error.Message);
    }

    [Fact]
    public async Task CreateUserSig_refuses_an_empty_uid_and_oversized_client_data()
    {
        await using var visitors = await VisitorScenario.StartAsync();
        var client = visitors.Chat.Presence.Client;
        var emptyUid = await Assert.ThrowsAsync<CccException>(() => client.CreateUserSigAsync(new CreateUserSigRequest
        {
            SdkAppId = visitors.App, Uid = "", ClientData = "", ExpiredTime = 60,
        }, Cancellation));
        Assert.StartsWith("InvalidParameter", emptyUid.Code);
        var bigData = await Assert.ThrowsAsync<CccException>(() => client.CreateUserSigAsync(new CreateUserSigRequest
        {
            SdkAppId = visitors.App, Uid = "u", ClientData = new string('x', 2049), ExpiredTime = 60,
        }, Cancellation));
        Assert.Equal("InvalidParameterValue", bigData.Code);
    }

    [Fact]
    public async Task A_signing_key_stored_under_another_key_ring_gives_clear_errors_and_anonymous_chat_goes_on()
    {
        await using var visitors = await VisitorScenario.StartAsync();
        // What a database restored without its key folder looks like: the key is there, sealed by a ring this server lacks.
        var foreignRing = new EphemeralDataProtectionProvider().CreateProtector("Switchboard.Chat.VisitorSigningKey.v1");
        await using (var scope = visitors.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
            db.VisitorSigningKeys.Add(new VisitorSigningKey
            {
                SdkAppId = visitors.App,
                ProtectedKey = foreignRing.Protect(Convert.ToBase64String(new byte[32])),
                CreatedAt = visitors.Chat.Clock.GetUtcNow().ToUnixTimeSeconds(),
            });
            await db.SaveChangesAsync(Cancellation);
        }

        var refused = await Assert.ThrowsAsync<CccException>(() => visitors.Chat.Presence.Client.CreateUserSigAsync(new CreateUserSigRequest
        {
            SdkAppId = visitors.App, Uid = "customer-42", ClientData = "", ExpiredTime = 60,
        }, Cancellation));
        Assert.Equal("FailedOperation", refused.Code);
        Assert.Contains("key ring", refused.Message);

        var (status, answer) = await visitors.SignInAsync(new { sdkAppId = visitors.App, userSig = "sb1.e30.AAAA" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("signingKeyUnavailable", answer.GetProperty("code").GetString());
        Assert.Contains("anonymous chat still works", answer.GetProperty("message").GetString());

        var (anonymousStatus, _) = await visitors.SignInAsync(new { sdkAppId = visitors.App });
        Assert.Equal(HttpStatusCode.OK, anonymousStatus);
    }

    private static async Task AssertRefusedAsync(VisitorScenario visitors, object body, string code)
    {
        var (status, answer) = await visitors.SignInAsync(body);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(code, answer.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(answer.GetProperty("message").GetString()));
    }

    private static string ToBase64(string base64Url)
    {
        var padded = base64Url.Replace('-', '+').Replace('_', '/');
        return padded + new string('=', (4 - padded.Length % 4) % 4);
    }

    private static string ToBase64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
