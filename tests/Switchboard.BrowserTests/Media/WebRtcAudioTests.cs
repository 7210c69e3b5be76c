using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Switchboard.BrowserTests.Media;

/// <summary>
/// Real Chromium against the server's media stack: ICE-lite, DTLS-SRTP, G.711 and RFC 4733 over the one media port.
/// Each browser's fake microphone plays a known tone; what comes back is measured with WebAudio, what the server
/// recorded with the same Goertzel filter.
/// </summary>
public sealed class WebRtcAudioTests(MediaServer media) : IClassFixture<MediaServer>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("PCMU")]
    [InlineData("PCMA")]
    public async Task The_echo_endpoint_plays_the_microphone_back(string codec)
    {
        await using var browser = await ToneBrowser.LaunchAsync(440);
        var page = await browser.OpenCallPageAsync(media.Pages);

        var answer = await StartCallAsync(page, media.Url("media/echo"), codec);

        Assert.Contains($" {codec}/8000", answer.GetProperty("sdp").GetString());
        var levels = await ToneLevels.WaitForToneAsync(page, 440, 1000);
        Assert.True(levels.Wanted > 0.5, $"440 Hz did not come back: {levels}");
        Assert.True(levels.Other < 0.05, $"1000 Hz came back: {levels}");
    }

    [Fact]
    public async Task Two_pages_in_a_bridge_hear_each_other_and_the_server_records_each_side()
    {
        var room = "bridge-" + Guid.NewGuid().ToString("N");
        await using var low = await ToneBrowser.LaunchAsync(440);
        await using var high = await ToneBrowser.LaunchAsync(1000);
        var lowPage = await low.OpenCallPageAsync(media.Pages);
        var highPage = await high.OpenCallPageAsync(media.Pages);

        await StartCallAsync(lowPage, media.Url($"media/rooms/{room}?record=true"), "PCMU");
        await StartCallAsync(highPage, media.Url($"media/rooms/{room}?record=true"), "PCMU");

        var lowHears = await ToneLevels.WaitForToneAsync(lowPage, 1000, 440);
        var highHears = await ToneLevels.WaitForToneAsync(highPage, 440, 1000);
        Assert.True(lowHears.Wanted > 0.5 && lowHears.Other < 0.05, $"the 440 Hz page should hear 1000 Hz only: {lowHears}");
        Assert.True(highHears.Wanted > 0.5 && highHears.Other < 0.05, $"the 1000 Hz page should hear 440 Hz only: {highHears}");

        await Task.Delay(TimeSpan.FromSeconds(2), Cancellation); // record a little more than the start-up
        var closed = await CloseRoomAsync(room);
        var files = closed.GetProperty("recordings").EnumerateArray().Select(file => file.GetString()!).ToArray();
        Assert.Equal(3, files.Length);
        var (first, second, mix) = (WavTone.Read(files[0]), WavTone.Read(files[1]), files[2]);
        var legs = string.Join("; ", closed.GetProperty("participants").EnumerateArray().Select(leg =>
            $"{leg.GetProperty("name")}: {leg.GetProperty("packetsReceived")} received, {leg.GetProperty("framesConcealed")} concealed, {leg.GetProperty("packetsLate")} late"));
        Assert.True(WavTone.Level(first, 440) > 0.5, $"participant 1 file: 440 Hz level {WavTone.Level(first, 440):0.000} ({legs})");
        Assert.True(WavTone.Level(first, 1000) < 0.05, $"participant 1 file: 1000 Hz level {WavTone.Level(first, 1000):0.000} ({legs})");
        Assert.True(WavTone.Level(second, 1000) > 0.5, $"participant 2 file: 1000 Hz level {WavTone.Level(second, 1000):0.000} ({legs})");
        Assert.True(WavTone.Level(second, 440) < 0.05, $"participant 2 file: 440 Hz level {WavTone.Level(second, 440):0.000} ({legs})");
        Assert.True(WavTone.Level(WavTone.Read(mix, channel: 0), 440) > 0.5, "the mix's left channel is participant 1");
        Assert.True(WavTone.Level(WavTone.Read(mix, channel: 1), 1000) > 0.5, "the mix's right channel is participant 2");
    }

    [Fact]
    public async Task Keys_pressed_with_RTCDTMFSender_arrive_as_digits_at_the_server()
    {
        var room = "dtmf-" + Guid.NewGuid().ToString("N");
        await using var browser = await ToneBrowser.LaunchAsync(440);
        var page = await browser.OpenCallPageAsync(media.Pages);
        await StartCallAsync(page, media.Url($"media/rooms/{room}"), "PCMU");
        await WaitUntilAsync(async () => (await RoomAsync(room)).GetProperty("participants")[0].GetProperty("connected").GetBoolean(), "the leg to connect");

        await page.EvaluateAsync("() => sendDigits('1234*#0')");

        await WaitUntilAsync(async () => Digits(await RoomAsync(room)) == "1234*#0", "the digits 1234*#0", TimeSpan.FromSeconds(10));
        await CloseRoomAsync(room);
    }

    [Fact]
    public async Task Rtcp_reports_flow_both_ways()
    {
        var room = "rtcp-" + Guid.NewGuid().ToString("N");
        await using var browser = await ToneBrowser.LaunchAsync(440);
        var page = await browser.OpenCallPageAsync(media.Pages);
        await StartCallAsync(page, media.Url($"media/rooms/{room}"), "PCMU");

        await WaitUntilAsync(async () => (await RoomAsync(room)).GetProperty("participants")[0].GetProperty("rtcpReceived").GetInt64() > 0,
            "the browser's RTCP at the server");
        // Chromium shows what the server's receiver reports said about its stream as remote-inbound-rtp.
        await WaitUntilAsync(() => page.EvaluateAsync<bool>(
            "async () => { let found = false; (await pc.getStats()).forEach(r => { if (r.type === 'remote-inbound-rtp') found = true; }); return found; }"),
            "the server's RTCP report in the browser", TimeSpan.FromSeconds(15));
        await CloseRoomAsync(room);
    }

    [Fact]
    public async Task Hanging_up_ends_the_leg_at_once_through_the_dtls_close()
    {
        var room = "hangup-" + Guid.NewGuid().ToString("N");
        await using var browser = await ToneBrowser.LaunchAsync(440);
        var page = await browser.OpenCallPageAsync(media.Pages);
        await StartCallAsync(page, media.Url($"media/rooms/{room}"), "PCMU");
        await WaitUntilAsync(async () => (await RoomAsync(room)).GetProperty("participants")[0].GetProperty("connected").GetBoolean(), "the leg to connect");

        await page.EvaluateAsync("() => hangUp()");

        // Well inside the consent timeout: the close_notify, not the silence, ends the leg.
        await WaitUntilAsync(async () => !(await media.Server.HttpClient.GetAsync($"media/rooms/{room}", Cancellation)).IsSuccessStatusCode,
            "the leg to end", MediaServer.ConsentTimeout / 2);
    }

    [Fact]
    public async Task Closing_the_page_ends_its_leg_within_the_consent_timeout()
    {
        var room = "close-" + Guid.NewGuid().ToString("N");
        await using var browser = await ToneBrowser.LaunchAsync(440);
        var page = await browser.OpenCallPageAsync(media.Pages);
        await StartCallAsync(page, media.Url($"media/rooms/{room}"), "PCMU");
        await WaitUntilAsync(async () => (await RoomAsync(room)).GetProperty("participants")[0].GetProperty("connected").GetBoolean(), "the leg to connect");

        var closedAt = DateTime.UtcNow;
        await page.Context.CloseAsync();

        // The room closes itself once its only leg has ended.
        await WaitUntilAsync(async () => !(await media.Server.HttpClient.GetAsync($"media/rooms/{room}", Cancellation)).IsSuccessStatusCode,
            "the leg to end", MediaServer.ConsentTimeout + TimeSpan.FromSeconds(5));
        Assert.True(DateTime.UtcNow - closedAt < MediaServer.ConsentTimeout + TimeSpan.FromSeconds(5));
    }

    private static async Task<JsonElement> StartCallAsync(IPage page, string url, string codec)
    {
        var answer = await page.EvaluateAsync<JsonElement>("([url, codec]) => startCall(url, codec)", new[] { url, codec });
        await page.WaitForFunctionAsync("() => window.callState === 'connected'", null, new() { Timeout = 15_000 });
        return answer;
    }

    private async Task<JsonElement> RoomAsync(string room) =>
        await media.Server.HttpClient.GetFromJsonAsync<JsonElement>($"media/rooms/{room}", Cancellation);

    private async Task<JsonElement> CloseRoomAsync(string room)
    {
        var response = await media.Server.HttpClient.DeleteAsync($"media/rooms/{room}", Cancellation);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
    }

    private static string Digits(JsonElement room) => room.GetProperty("participants")[0].GetProperty("digits").GetString()!;

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what}");
            await Task.Delay(200, Cancellation);
        }
    }
}
