using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Switchboard.Media.Transport;

namespace Switchboard.BrowserTests.Media;

/// <summary>
/// Thousands of bad datagrams on the server's one media port while real Chromium calls are up: garbage, truncated
/// and forged STUN, DTLS, RTP and RTCP from strangers, and SRTP with the wrong keys from an address that passed a
/// real check. Each is dropped and counted under its reason in <c>GET /media/stats</c>, and nobody on a call hears
/// anything change.
/// </summary>
public sealed partial class MediaPortAbuseTests(MediaServer media) : IClassFixture<MediaServer>
{
    private const int EachKind = 500, WrongKeyPackets = 500;

    /// <summary>The flood goes on until the call has been measured this many times (every 250 ms, so at least 3 s).</summary>
    private const int ListeningSamples = 12;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_flood_of_bad_datagrams_is_dropped_by_reason_and_the_call_still_hears_its_echo()
    {
        await using var browser = await ToneBrowser.LaunchAsync(440);
        var page = await browser.OpenCallPageAsync(media.Pages);
        var call = await StartEchoAsync(page);
        var ready = await ToneLevels.WaitForToneAsync(page, 440, 1000);
        Assert.True(ready.Wanted > 0.5, $"the call should hear its 440 Hz echo before the flood: {ready}");
        var before = await StatsAsync();

        var samples = new StrongBox<int>();
        var flood = FloodAsync(call, before, () => Volatile.Read(ref samples.Value) >= ListeningSamples);
        var during = await ListenWhileAsync(page, flood, 440, 1000, samples);
        var (kinds, wrongKey) = await flood;

        Assert.True(during.Heard >= 0.8 * samples.Value, $"440 Hz was heard in only {during.Heard} of {samples.Value} measurements during the flood; last {during.Last}");
        Assert.True(during.MaxOther < 0.05, $"1000 Hz reached the page during the flood ({during.MaxOther:0.000})");
        var after = await ToneLevels.WaitForToneAsync(page, 440, 1000);
        Assert.True(after.Wanted > 0.5 && after.Other < 0.05, $"after the flood the page should hear its 440 Hz echo only: {after}");

        var stats = await WaitForDropsAsync(before, kinds);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{kinds.Sum(kind => kind.Datagrams.Count) + wrongKey} bad datagrams while the page was measured {samples.Value} times; dropped: "
            + string.Join(", ", kinds.Select(kind => kind.Reason).Distinct().Select(reason => $"{reason} {stats.DroppedSince(before, reason)}")));
        foreach (var reason in kinds.Select(kind => kind.Reason).Distinct())
        {
            var expected = kinds.Where(kind => kind.Reason == reason).Sum(kind => kind.Datagrams.Count);
            Assert.True(expected == stats.DroppedSince(before, reason),
                $"{reason}: {expected} sent, {stats.DroppedSince(before, reason)} counted ({string.Join(", ", kinds.Where(kind => kind.Reason == reason).Select(kind => kind.Name))})");
        }
        // The wrong-key packets came from a validated address: the port hands them to the call, whose SRTP refuses them
        // (the page above heard no noise), so they are delivered, not dropped at the port.
        Assert.True(stats.Delivered - before.Delivered >= wrongKey, $"{wrongKey} wrong-key packets sent, {stats.Delivered - before.Delivered} delivered");
        Assert.Equal(0, stats.DroppedSince(before, MediaPortDropReason.HandlerFault));

        // The server still takes new calls: a second tab connects and hears its own echo.
        var second = await browser.OpenCallPageAsync(media.Pages);
        await StartEchoAsync(second);
        var fresh = await ToneLevels.WaitForToneAsync(second, 440, 1000);
        Assert.True(fresh.Wanted > 0.5 && fresh.Other < 0.05, $"a call started after the flood should hear its echo: {fresh}");
    }

    [Fact]
    public async Task A_second_call_is_undisturbed_while_the_first_one_is_flooded()
    {
        await using var flooded = await ToneBrowser.LaunchAsync(440);
        await using var bystander = await ToneBrowser.LaunchAsync(1000);
        var floodedPage = await flooded.OpenCallPageAsync(media.Pages);
        var bystanderPage = await bystander.OpenCallPageAsync(media.Pages);
        var call = await StartEchoAsync(floodedPage);
        await StartEchoAsync(bystanderPage);
        var ready = await ToneLevels.WaitForToneAsync(bystanderPage, 1000, 440);
        Assert.True(ready.Wanted > 0.5, $"the second call should hear its 1000 Hz echo before the flood: {ready}");
        var before = await StatsAsync();

        var samples = new StrongBox<int>();
        var flood = FloodAsync(call, before, () => Volatile.Read(ref samples.Value) >= ListeningSamples);
        var during = await ListenWhileAsync(bystanderPage, flood, 1000, 440, samples);
        var (kinds, _) = await flood;

        Assert.True(during.Heard >= 0.8 * samples.Value,
            $"the second call heard its 1000 Hz in only {during.Heard} of {samples.Value} measurements while the first was flooded; last {during.Last}");
        Assert.True(during.MaxOther < 0.05, $"the flooded call's 440 Hz leaked into the second call ({during.MaxOther:0.000})");
        await WaitForDropsAsync(before, kinds);
        var first = await ToneLevels.WaitForToneAsync(floodedPage, 440, 1000);
        var second = await ToneLevels.WaitForToneAsync(bystanderPage, 1000, 440);
        Assert.True(first.Wanted > 0.5 && first.Other < 0.05, $"the flooded call should still hear its own 440 Hz echo: {first}");
        Assert.True(second.Wanted > 0.5 && second.Other < 0.05, $"the second call should still hear its own 1000 Hz echo: {second}");
    }

    /// <summary>Starts an echo call and returns what a flood needs to aim at it: both ufrags and the server's password.</summary>
    private async Task<MediaPortFlood> StartEchoAsync(IPage page)
    {
        var answer = await page.EvaluateAsync<JsonElement>("([url, codec]) => startCall(url, codec)", new[] { media.Url("media/echo"), "PCMU" });
        await page.WaitForFunctionAsync("() => window.callState === 'connected'", null, new() { Timeout = 15_000 });
        var answerSdp = answer.GetProperty("sdp").GetString()!;
        var offerSdp = await page.EvaluateAsync<string>("() => pc.localDescription.sdp");
        return new MediaPortFlood(Attribute(answerSdp, "ice-ufrag"), Attribute(answerSdp, "ice-pwd"), Attribute(offerSdp, "ice-ufrag"));
    }

    /// <summary>
    /// Sends every stranger kind from one socket, then has a second socket pass a real check and send SRTP with wrong
    /// keys; paced by the server's received counter. Goes on round after round until <paramref name="heardEnough"/>
    /// says the listener has measured the call long enough. Returns every kind sent (one entry per kind and round).
    /// </summary>
    private async Task<(IReadOnlyList<MediaPortFlood.Kind> Kinds, int WrongKey)> FloodAsync(
        MediaPortFlood flood, PortStats before, Func<bool> heardEnough)
    {
        var port = new IPEndPoint(IPAddress.Loopback, before.Port);
        long sentBefore = 0;
        async Task CaughtUp(long sent)
        {
            var target = before.Received + sentBefore + sent;
            await WaitUntilAsync(async () => (await StatsAsync()).Received >= target, $"the server to read {target} datagrams");
        }

        using var stranger = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        using var impostor = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        await impostor.SendAsync(flood.ValidCheck(), port, Cancellation);
        var response = await impostor.ReceiveAsync(Cancellation).AsTask().WaitAsync(TimeSpan.FromSeconds(5), Cancellation);
        Assert.Equal(0x0101, response.Buffer[0] << 8 | response.Buffer[1]); // Binding success: the address is now validated
        sentBefore++;

        var shuffle = new Random(7);
        var kinds = new List<MediaPortFlood.Kind>();
        var wrongKey = 0;
        do
        {
            var round = flood.FromStranger(EachKind);
            await MediaPortFlood.SendAsync(stranger, port, round.SelectMany(kind => kind.Datagrams).OrderBy(_ => shuffle.Next()), CaughtUp);
            sentBefore += round.Sum(kind => kind.Datagrams.Count);
            kinds.AddRange(round);
            await MediaPortFlood.SendAsync(impostor, port, flood.WrongKeySrtp(WrongKeyPackets), CaughtUp);
            sentBefore += WrongKeyPackets;
            wrongKey += WrongKeyPackets;
        }
        while (!heardEnough());
        return (kinds, wrongKey);
    }

    /// <summary>
    /// Measures what the page hears every 250 ms until <paramref name="until"/> ends; <paramref name="samples"/> counts
    /// the measurements so far, for the flood to know when it has lasted long enough.
    /// </summary>
    private static async Task<(int Heard, double MaxOther, ToneLevels Last)> ListenWhileAsync(
        IPage page, Task until, double wanted, double other, StrongBox<int> samples)
    {
        var heard = 0;
        var maxOther = 0.0;
        ToneLevels last;
        do
        {
            var levels = await page.EvaluateAsync<double[]>("f => toneLevels(f)", new[] { wanted, other });
            last = new ToneLevels(levels[0], levels[1], "");
            Interlocked.Increment(ref samples.Value);
            if (last.Wanted > 0.5) heard++;
            maxOther = Math.Max(maxOther, last.Other);
        }
        while (await Task.WhenAny(until, Task.Delay(250, Cancellation)) != until);
        return (heard, maxOther, last);
    }

    /// <summary>Polls the stats until every kind's drops are counted (the port reads asynchronously).</summary>
    private async Task<PortStats> WaitForDropsAsync(PortStats before, IReadOnlyList<MediaPortFlood.Kind> kinds)
    {
        var reasons = kinds.GroupBy(kind => kind.Reason).Select(group => (Reason: group.Key, Count: group.Sum(kind => kind.Datagrams.Count))).ToList();
        PortStats stats = before;
        await WaitUntilAsync(async () =>
        {
            stats = await StatsAsync();
            return reasons.All(reason => stats.DroppedSince(before, reason.Reason) >= reason.Count);
        }, "every bad datagram to be counted");
        return stats;
    }

    private async Task<PortStats> StatsAsync()
    {
        var json = await media.Server.HttpClient.GetFromJsonAsync<JsonElement>("media/stats", Cancellation);
        return new PortStats(
            IPEndPoint.Parse(json.GetProperty("port").GetString()!).Port,
            json.GetProperty("received").GetInt64(),
            json.GetProperty("delivered").GetInt64(),
            json.GetProperty("dropped").EnumerateObject().ToDictionary(reason => Enum.Parse<MediaPortDropReason>(reason.Name), reason => reason.Value.GetInt64()));
    }

    private static string Attribute(string sdp, string name) =>
        SdpAttribute().Matches(sdp).First(match => match.Groups[1].Value == name).Groups[2].Value.Trim();

    [GeneratedRegex(@"^a=([a-z-]+):(\S+)\r?$", RegexOptions.Multiline)]
    private static partial Regex SdpAttribute();

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what}");
            await Task.Delay(20, Cancellation);
        }
    }

    /// <summary>The media port's counters from <c>GET /media/stats</c>.</summary>
    private sealed record PortStats(int Port, long Received, long Delivered, IReadOnlyDictionary<MediaPortDropReason, long> Dropped)
    {
        public long DroppedSince(PortStats before, MediaPortDropReason reason) =>
            Dropped.GetValueOrDefault(reason) - before.Dropped.GetValueOrDefault(reason);
    }
}
