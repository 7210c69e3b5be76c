using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Switchboard.BrowserTests.Infrastructure;

/// <summary>
/// The integrator's web server: a second Kestrel on its own port, so pages live on another origin than
/// Switchboard and the SDK script is loaded cross-origin, as in production.
/// </summary>
public sealed class PageHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (string Content, string ContentType)> _pages = new();

    private PageHost(WebApplication app) => _app = app;

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<PageHost> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var host = new PageHost(app);
        app.MapGet("/pages/{name}", (string name, HttpResponse response) =>
        {
            if (!host._pages.TryGetValue(name, out var page)) return Results.NotFound();
            // Scripts may be loaded from pages of other origins with crossorigin="anonymous".
            response.Headers.AccessControlAllowOrigin = "*";
            return Results.Content(page.Content, page.ContentType);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.BaseAddress = new Uri(address + "/");
        return host;
    }

    /// <summary>Publishes <paramref name="html"/> at a new address on this origin.</summary>
    public Uri Publish(string html) => Publish(html, ".html", "text/html; charset=utf-8");

    /// <summary>Publishes a script (e.g. a plain one to compare the SDK's start-up with).</summary>
    public Uri PublishScript(string javaScript) => Publish(javaScript, ".js", "text/javascript; charset=utf-8");

    private Uri Publish(string content, string extension, string contentType)
    {
        var name = Guid.NewGuid().ToString("N") + extension;
        _pages[name] = (content, contentType);
        return new Uri(BaseAddress, "pages/" + name);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
