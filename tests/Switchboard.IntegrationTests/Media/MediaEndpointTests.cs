using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.IntegrationTests.Sdk;
using Switchboard.Media;

namespace Switchboard.IntegrationTests.Media;

/// <summary>
/// The offer endpoints over HTTP: what a page that sends a bad offer is told, the limits, and that the diagnostic
/// endpoints do not exist unless switched on.
/// </summary>
public sealed class MediaEndpointTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static Task<SwitchboardHost> DiagnosticServerAsync(int maxLegs = 2000) => SwitchboardHost.StartAsync(new Dictionary<string, string?>
    {
        ["Media:DiagnosticEndpoints"] = "true",
        ["Media:MaxLegs"] = maxLegs.ToString(),
    });

    [Fact]
    public async Task A_good_offer_is_answered_with_ice_lite_our_candidate_and_fingerprint()
    {
        await using var server = await DiagnosticServerAsync();

        var (status, body) = await PostAsync(server, "media/echo", JsonSerializer.Serialize(new { type = "offer", sdp = BrowserOffer.Audio() }));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("answer", body.GetProperty("type").GetString());
        var sdp = body.GetProperty("sdp").GetString()!;
        var port = server.Services.GetRequiredService<MediaEngine>().Port.LocalEndPoint.Port;
        Assert.Contains("a=ice-lite", sdp);
        Assert.Contains($" 127.0.0.1 {port} typ host", sdp);
        Assert.Contains("a=fingerprint:sha-256 ", sdp);
        Assert.Contains("a=setup:passive", sdp);
        Assert.Contains("a=rtpmap:0 PCMU/8000", sdp);
        Assert.Contains("a=rtpmap:126 telephone-event/8000", sdp);
        Assert.Equal(1, server.Services.GetRequiredService<MediaEngine>().LegCount);
    }

    public static TheoryData<string, string, string, string> BadOffers => new()
    {
        { "not JSON", "{type: offer", "InvalidRequest", "not valid JSON" },
        { "an array", "[]", "InvalidRequest", "JSON object" },
        { "an answer", JsonSerializer.Serialize(new { type = "answer", sdp = "v=0" }), "InvalidRequest", "type must be 'offer'" },
        { "no sdp", JsonSerializer.Serialize(new { type = "offer" }), "InvalidRequest", "'sdp'" },
        { "sdp not a string", """{"type":"offer","sdp":42}""", "InvalidRequest", "'sdp'" },
        { "not SDP", JsonSerializer.Serialize(new { type = "offer", sdp = "hello" }), "InvalidOffer", "not valid SDP" },
        { "video only", JsonSerializer.Serialize(new { type = "offer", sdp = BrowserOffer.Audio().Replace("m=audio", "m=video") }), "InvalidOffer", "audio" },
        { "opus only", JsonSerializer.Serialize(new { type = "offer", sdp = BrowserOffer.Audio("111").Replace("a=rtpmap:0 PCMU/8000", "a=rtpmap:111 opus/48000/2") }), "InvalidOffer", "codec" },
        { "no fingerprint", JsonSerializer.Serialize(new { type = "offer", sdp = string.Join("\r\n", BrowserOffer.Audio().Split("\r\n").Where(l => !l.StartsWith("a=fingerprint"))) }), "InvalidOffer", "fingerprint" },
    };

    [Theory]
    [MemberData(nameof(BadOffers))]
    public async Task A_bad_offer_gets_a_400_saying_what_is_wrong_and_no_leg(string name, string body, string code, string says)
    {
        await using var server = await DiagnosticServerAsync();

        var (status, answer) = await PostAsync(server, "media/echo", body);

        Assert.True(HttpStatusCode.BadRequest == status, $"{name}: {status} {answer}");
        Assert.Equal(code, answer.GetProperty("code").GetString());
        Assert.Contains(says, answer.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, server.Services.GetRequiredService<MediaEngine>().LegCount);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_without_reading_it_all()
    {
        await using var server = await DiagnosticServerAsync();
        var huge = JsonSerializer.Serialize(new { type = "offer", sdp = new string('a', 200_000) });

        var (status, answer) = await PostAsync(server, "media/echo", huge);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("at most", answer.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Offers_beyond_the_legs_limit_get_503_MediaBusy_until_a_leg_ends()
    {
        await using var server = await DiagnosticServerAsync(maxLegs: 1);
        var offer = JsonSerializer.Serialize(new { type = "offer", sdp = BrowserOffer.Audio() });
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(server, "media/rooms/one", offer)).Status);

        var (status, answer) = await PostAsync(server, "media/rooms/two", offer);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("MediaBusy", answer.GetProperty("code").GetString());
        (await server.HttpClient.DeleteAsync("media/rooms/one", Cancellation)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(server, "media/rooms/two", offer)).Status);
    }

    [Fact]
    public async Task A_third_participant_is_refused_by_a_bridge_room()
    {
        await using var server = await DiagnosticServerAsync();
        var offer = JsonSerializer.Serialize(new { type = "offer", sdp = BrowserOffer.Audio() });
        await PostAsync(server, "media/rooms/pair", offer);
        await PostAsync(server, "media/rooms/pair", offer);

        var (status, answer) = await PostAsync(server, "media/rooms/pair", offer);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("two participants", answer.GetProperty("message").GetString());
        var room = await server.HttpClient.GetFromJsonAsync<JsonElement>("media/rooms/pair", Cancellation);
        Assert.Equal(2, room.GetProperty("participants").GetArrayLength());
    }

    [Fact]
    public async Task Unknown_rooms_are_404_RoomNotFound()
    {
        await using var server = await DiagnosticServerAsync();

        var response = await server.HttpClient.GetAsync("media/rooms/nowhere", Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("RoomNotFound", (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Without_the_setting_the_diagnostic_endpoints_answer_no_offer()
    {
        await using var server = await SwitchboardHost.StartAsync();

        var (_, answer) = await PostAsync(server, "media/echo", JsonSerializer.Serialize(new { type = "offer", sdp = BrowserOffer.Audio() }));

        Assert.False(answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("sdp", out _), $"answered: {answer}");
        Assert.Equal(0, server.Services.GetRequiredService<MediaEngine>().LegCount);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("forged.credential.value")]
    public async Task The_microphone_test_needs_an_agent_session(string? bearer)
    {
        await using var server = await SwitchboardHost.StartAsync();

        var (status, _) = await PostAsync(server, "sdk/media/mic-test", JsonSerializer.Serialize(new { type = "offer", sdp = BrowserOffer.Audio() }), bearer);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(0, server.Services.GetRequiredService<MediaEngine>().LegCount);
    }

    [Fact]
    public async Task An_agent_session_gets_a_microphone_test_answer()
    {
        await using var server = await SwitchboardHost.StartAsync();
        using var backend = await SdkAgents.TenantWithAgentsAsync(server, null, "ann@example.com");
        var session = await backend.SessionAsync("ann@example.com");

        var (status, answer) = await PostAsync(server, "sdk/media/mic-test", JsonSerializer.Serialize(new { type = "offer", sdp = BrowserOffer.Audio() }), session);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("a=ice-lite", answer.GetProperty("sdp").GetString());
    }

    [Fact]
    public async Task A_media_port_in_use_stops_the_server_with_a_clear_message()
    {
        using var taken = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)taken.Client.LocalEndPoint!).Port;

        var error = await Assert.ThrowsAnyAsync<Exception>(() => SwitchboardHost.StartAsync(new Dictionary<string, string?> { ["Media:Port"] = port.ToString() }));

        Assert.Contains("Media:Port", error.ToString());
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(SwitchboardHost server, string path, string body, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await server.HttpClient.SendAsync(request, Cancellation);
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }
}
