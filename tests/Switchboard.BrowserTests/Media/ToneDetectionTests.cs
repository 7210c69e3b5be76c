using System.Text.Json;
using Microsoft.Playwright;
using Switchboard.BrowserTests.Infrastructure;

namespace Switchboard.BrowserTests.Media;

/// <summary>
/// Calibrates the instrument the media tests rely on, with Chromium alone: a second page answers the call with its
/// own 440 Hz microphone, and the caller's Goertzel measurement must find 440 Hz and not 1000 Hz.
/// </summary>
public sealed class ToneDetectionTests
{
    private const string MicrophoneAnswerer = """
        async offer => {
          const pc = new RTCPeerConnection();
          window.answerer = pc;
          await pc.setRemoteDescription({ type: 'offer', sdp: offer });
          const microphone = await navigator.mediaDevices.getUserMedia({ audio: true });
          const transceiver = pc.getTransceivers()[0];
          await transceiver.sender.replaceTrack(microphone.getAudioTracks()[0]);
          transceiver.direction = 'sendrecv';
          await pc.setLocalDescription(await pc.createAnswer());
          await new Promise(resolve => {
            if (pc.iceGatheringState === 'complete') return resolve();
            pc.onicegatheringstatechange = () => { if (pc.iceGatheringState === 'complete') resolve(); };
          });
          return pc.localDescription.sdp;
        }
        """;

    [Fact]
    public async Task A_tone_sent_by_another_page_is_heard_at_its_frequency_only()
    {
        await using var pages = await PageHost.StartAsync();
        await using var browser = await ToneBrowser.LaunchAsync(440);
        var caller = await browser.OpenCallPageAsync(pages);
        var answerer = await browser.OpenCallPageAsync(pages);
        const string signalling = "http://127.0.0.1:9/offer";
        await caller.RouteAsync(signalling, async route =>
        {
            var offer = JsonDocument.Parse(route.Request.PostData!).RootElement.GetProperty("sdp").GetString();
            var answer = await answerer.EvaluateAsync<string>(MicrophoneAnswerer, offer);
            await route.FulfillAsync(new() { Status = 200, ContentType = "application/json", Body = JsonSerializer.Serialize(new { type = "answer", sdp = answer }) });
        });

        await caller.EvaluateAsync("url => startCall(url, 'PCMU')", signalling);

        var levels = await ToneLevels.WaitForToneAsync(caller, 440, 1000);
        Assert.True(levels.Wanted > 0.5, $"440 Hz not heard: {levels}");
        Assert.True(levels.Other < 0.05, $"1000 Hz heard: {levels}");
    }
}
