using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.Sdk;

/// <summary>
/// What the SDK script does over HTTP, done by hand from an agent's page on another origin: log in with the
/// one-time token, renew the session.
/// </summary>
internal sealed class SdkPage(SwitchboardHost host, string origin = "https://crm.example.com")
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public Task<SdkReply> LoginAsync(long sdkAppId, string userId, string token) =>
        PostAsync("/sdk/login", JsonSerializer.Serialize(new { sdkAppId, userId, token }));

    /// <summary>Posts <paramref name="body"/> as is, for malformed requests.</summary>
    public async Task<SdkReply> PostAsync(string path, string body, string contentType = "application/json", string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        request.Headers.Add("Origin", origin);
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return await SendAsync(request);
    }

    public Task<SdkReply> RenewAsync(string? session)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/sdk/session/renew");
        request.Headers.Add("Origin", origin);
        if (session is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session);
        return SendAsync(request);
    }

    private async Task<SdkReply> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await host.HttpClient.SendAsync(request, Cancellation);
            var text = await response.Content.ReadAsStringAsync(Cancellation);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("*", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Origin")));
            Assert.False(response.Headers.Contains("Set-Cookie"), "the SDK never sets a cookie");
            using var document = JsonDocument.Parse(text);
            return new SdkReply(response.StatusCode, document.RootElement.Clone());
        }
    }
}
