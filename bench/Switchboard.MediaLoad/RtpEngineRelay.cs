using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Switchboard.MediaLoad;

/// <summary>
/// Debian's rtpengine started on loopback with userspace forwarding only (no kernel module), driven over its "ng"
/// control protocol (bencoded dictionaries over UDP): an offer with the caller's SDP and an answer with the callee's
/// allocate the two relay ports of each call.
/// </summary>
public sealed partial class RtpEngineRelay : IRelay
{
    private readonly Process _process;
    private readonly UdpClient _control;
    private readonly IPEndPoint _controlEndpoint;
    private int _cookie;

    private RtpEngineRelay(Process process, UdpClient control, IPEndPoint controlEndpoint)
    {
        _process = process;
        _control = control;
        _controlEndpoint = controlEndpoint;
    }

    /// <inheritdoc />
    public string Name => "rtpengine (userspace)";

    /// <inheritdoc />
    public int ProcessId => _process.Id;

    /// <summary>Starts rtpengine with its control port and media port range on 127.0.0.1.</summary>
    public static async Task<RtpEngineRelay> StartAsync(int controlPort, int portMin, int portMax)
    {
        var start = new ProcessStartInfo("rtpengine")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in new[]
        {
            "--foreground", "--log-stderr", "--log-level=4", "--interface=127.0.0.1", $"--listen-ng=127.0.0.1:{controlPort}",
            $"--port-min={portMin}", $"--port-max={portMax}", "--table=-1", "--no-fallback", "--num-threads=2", "--delete-delay=0",
        }) start.ArgumentList.Add(argument);
        var process = Process.Start(start) ?? throw new InvalidOperationException("rtpengine did not start");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var relay = new RtpEngineRelay(process, new UdpClient(new IPEndPoint(IPAddress.Loopback, 0)), new IPEndPoint(IPAddress.Loopback, controlPort));
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var pong = await relay.CommandAsync(new() { ["command"] = "ping" }, TimeSpan.FromMilliseconds(300));
                if ((string)pong["result"] == "pong") return relay;
            }
            catch (TimeoutException) when (attempt < 30 && !process.HasExited)
            {
            }
        }
    }

    /// <inheritdoc />
    public async Task<(IPEndPoint CallerSendsTo, IPEndPoint CalleeSendsTo)> OpenCallAsync(int call, IPEndPoint caller, IPEndPoint callee)
    {
        var callId = $"load-{call}";
        var offer = await CommandAsync(new()
        {
            ["command"] = "offer", ["call-id"] = callId, ["from-tag"] = "caller", ["sdp"] = Sdp(caller),
            ["replace"] = new List<object> { "origin", "session-connection" },
        }, TimeSpan.FromSeconds(2));
        var answer = await CommandAsync(new()
        {
            ["command"] = "answer", ["call-id"] = callId, ["from-tag"] = "caller", ["to-tag"] = "callee", ["sdp"] = Sdp(callee),
            ["replace"] = new List<object> { "origin", "session-connection" },
        }, TimeSpan.FromSeconds(2));
        // The offer's rewritten SDP goes to the callee: it names the port the callee sends to. The answer's goes to the
        // caller.
        return (new IPEndPoint(IPAddress.Loopback, MediaPort((string)answer["sdp"])), new IPEndPoint(IPAddress.Loopback, MediaPort((string)offer["sdp"])));
    }

    private static string Sdp(IPEndPoint endpoint) =>
        $"v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 {endpoint.Address}\r\nt=0 0\r\n" +
        $"m=audio {endpoint.Port} RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\na=ptime:20\r\na=sendrecv\r\n";

    private static int MediaPort(string sdp) => int.Parse(AudioLine().Match(sdp).Groups[1].Value);

    [GeneratedRegex(@"m=audio (\d+) ")]
    private static partial Regex AudioLine();

    private async Task<Dictionary<string, object>> CommandAsync(Dictionary<string, object> command, TimeSpan timeout)
    {
        var cookie = $"c{Interlocked.Increment(ref _cookie)} ";
        var text = new StringBuilder(cookie);
        Bencode.Write(text, command);
        await _control.SendAsync(Encoding.ASCII.GetBytes(text.ToString()), _controlEndpoint);
        using var cancellation = new CancellationTokenSource(timeout);
        while (true)
        {
            UdpReceiveResult reply;
            try
            {
                reply = await _control.ReceiveAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"rtpengine did not answer {command["command"]}");
            }
            var answer = Encoding.ASCII.GetString(reply.Buffer);
            if (!answer.StartsWith(cookie, StringComparison.Ordinal)) continue;
            var position = cookie.Length;
            var result = (Dictionary<string, object>)Bencode.Read(answer, ref position);
            if ((string)result["result"] == "error") throw new InvalidOperationException($"rtpengine refused {command["command"]}: {result.GetValueOrDefault("error-reason")}");
            return result;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _control.Dispose();
        if (!_process.HasExited) _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
