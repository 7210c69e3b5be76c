namespace Switchboard.BrowserTests.Infrastructure;

/// <summary>
/// An integrator's agent page, as the TCCC guide has one write it: it injects the SdkURL script with
/// <c>crossorigin="anonymous"</c> and subscribes to the SDK's events on <c>load</c>. The page records every
/// event in <c>window.sdkEvents</c> and offers the helpers the tests drive (see <see cref="PageScript"/>).
/// </summary>
/// <param name="Css">The page's own stylesheet (e.g. a hostile one).</param>
/// <param name="EmbedWidth">When set, a <c>#workstation</c> element of this size for embedded mode.</param>
public sealed record BusinessPage(string Css = "", int? EmbedWidth = null, int EmbedHeight = 480)
{
    /// <summary>Id of the element the embedded workstation renders into.</summary>
    public const string EmbedElementId = "workstation";

    public string Html()
    {
        var container = EmbedWidth is { } width
            ? $"""<div id="{EmbedElementId}" style="width:{width}px;height:{EmbedHeight}px"></div>"""
            : "";
        return $"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Agent desk</title><style>{Css}</style></head>
            <body>
            <h1>Agent desk</h1>
            <p>An integrator's page on its own origin.</p>
            {container}
            <script>{PageScript}</script>
            </body>
            </html>
            """;
    }

    /// <summary>
    /// <c>injectTccc(src, options)</c> — the guide's injection with its <c>if (window.tccc) return</c> guard;
    /// <c>appendSdkScript(src, options)</c> — the same without the guard; options: <c>renderDomId</c>,
    /// <c>dataset</c> (legacy attributes), <c>record</c> (subscribe the recorder, default true),
    /// <c>probeBeforeReady</c> (call the API in the load handler). <c>teardownTccc()</c> — the teardown
    /// integrations do. <c>settle(promise)</c> — how an action settled, as plain data.
    /// </summary>
    private const string PageScript = """
        window.sdkEvents = [];
        window.sdkHandlers = [];
        window.settle = function (promise) {
          return Promise.resolve(promise).then(
            function (value) { return { outcome: 'resolved', value: JSON.parse(JSON.stringify(value === undefined ? null : value)) }; },
            function (value) { return { outcome: 'rejected', value: JSON.parse(JSON.stringify(value === undefined ? null : value)) }; });
        };
        window.appendSdkScript = function (src, options) {
          options = options || {};
          var script = document.createElement('script');
          script.setAttribute('crossorigin', 'anonymous');
          if (options.renderDomId) script.dataset.renderDomId = options.renderDomId;
          Object.keys(options.dataset || {}).forEach(function (key) { script.dataset[key] = options.dataset[key]; });
          script.addEventListener('load', function () {
            if (options.record === false) return;
            var instance = window.tccc;
            Object.keys(instance.events).forEach(function (key) {
              var name = instance.events[key];
              var handler = function (payload) {
                window.sdkEvents.push({ name: name, payload: JSON.parse(JSON.stringify(payload)), at: performance.now() });
              };
              instance.on(name, handler);
              window.sdkHandlers.push({ name: name, handler: handler });
            });
            if (options.probeBeforeReady) {
              window.beforeReady = { status: instance.Agent.getStatus() };
              window.settle(instance.Agent.setStatus({ status: 'notReady' })).then(function (r) { window.beforeReady.setStatus = r; });
            }
          });
          script.src = src;
          window.sdkInsertedAt = performance.now();
          document.body.appendChild(script);
        };
        window.injectTccc = function (src, options) {
          if (window.tccc) { console.warn('tccc already initialised'); return false; }
          window.appendSdkScript(src, options);
          return true;
        };
        window.teardownTccc = function () {
          window.sdkHandlers.forEach(function (h) { window.tccc.off(h.name, h.handler); });
          window.sdkHandlers = [];
          document.querySelectorAll('script[src*="/sdk/"]').forEach(function (s) { s.remove(); });
          var root = document.querySelector("t3c-sdk[id='tcccSdkDomRoot']");
          if (root) root.remove();
          window.tccc = undefined;
        };
        """;
}
