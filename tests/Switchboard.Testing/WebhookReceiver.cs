using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Switchboard.Testing;

/// <summary>
/// A business's webhook receiver on a real Kestrel port: it records every request and answers each according to a
/// script (then <see cref="Default"/>), so tests can make it fail, drop connections or hang.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceiverAnswer> _script;
    private readonly ConcurrentQueue<ReceivedPush> _received = new();

    private WebhookReceiver(WebApplication app, ConcurrentQueue<ReceiverAnswer> script) => (_app, _script) = (app, script);

    /// <summary>The answer once the script is used up.</summary>
    public ReceiverAnswer Default { get; set; } = ReceiverAnswer.Ok;

    /// <summary>The receiver's URL, with a query of its own that deliveries must keep.</summary>
    public string Url { get; private set; } = "";

    public IReadOnlyList<ReceivedPush> Received => [.. _received];

    public static async Task<WebhookReceiver> StartAsync(params ReceiverAnswer[] script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, new ConcurrentQueue<ReceiverAnswer>(script));
        app.MapPost("/hooks/chat", receiver.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = address.Replace("localhost", "127.0.0.1") + "/hooks/chat?tenant=acme";
        return receiver;
    }

    /// <summary>Waits until <paramref name="count"/> requests have arrived; fails the test after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<ReceivedPush>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (_received.Count < count)
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"The receiver got {_received.Count} of {count} expected deliveries.");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
        return Received;
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(http.RequestAborted);
        _received.Enqueue(new ReceivedPush(
            http.Request.Path,
            http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
            http.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()),
            body));
        switch (_script.TryDequeue(out var answer) ? answer : Default)
        {
            case ReceiverAnswer.Ok:
                http.Response.ContentType = "application/json";
                await http.Response.WriteAsync("""{"ErrCode":0,"ErrMsg":""}""");
                break;
            case ReceiverAnswer.ServerError:
                http.Response.StatusCode = 500;
                break;
            case ReceiverAnswer.DropConnection:
                http.Abort();
                break;
            case ReceiverAnswer.Hang:
                try { await Task.Delay(Timeout.Infinite, http.RequestAborted); }
                catch (OperationCanceledException) { /* the sender gave up, as it should */ }
                break;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
