using System.Text.Json;
using Microsoft.Playwright;

namespace Switchboard.BrowserTests.Infrastructure;

/// <summary>One tab of a <see cref="BusinessPage"/>, with the helpers the SDK tests drive it by.</summary>
public sealed class AgentPage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(15);

    public IPage Page { get; } = page;

    /// <summary>The guide's injection (guarded by <c>if (window.tccc)</c>); false when the guard stopped it.</summary>
    public Task<bool> InjectAsync(string sdkUrl, object? options = null) =>
        Page.EvaluateAsync<bool>("([src, options]) => injectTccc(src, options)", new object?[] { sdkUrl, options ?? new { } });

    /// <summary>Appends the SDK script without the page's guard.</summary>
    public Task AppendScriptAsync(string sdkUrl, object? options = null) =>
        Page.EvaluateAsync("([src, options]) => appendSdkScript(src, options)", new object?[] { sdkUrl, options ?? new { } });

    public Task TeardownAsync() => Page.EvaluateAsync("() => teardownTccc()");

    /// <summary>Waits until the page has recorded <paramref name="count"/> events named <paramref name="name"/>; returns the last.</summary>
    public async Task<JsonElement> WaitForEventAsync(string name, int count = 1)
    {
        try
        {
            await Page.WaitForFunctionAsync("([name, count]) => sdkEvents.filter(e => e.name === name).length >= count",
                new object[] { name, count }, new() { Timeout = (float)EventTimeout.TotalMilliseconds, PollingInterval = 20 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"no '{name}' event #{count} within {EventTimeout.TotalSeconds} s; events so far: {await EventNamesAsync()}");
        }
        return (await EventsAsync(name))[count - 1];
    }

    /// <summary>Payloads of the recorded events named <paramref name="name"/>, oldest first.</summary>
    public async Task<IReadOnlyList<JsonElement>> EventsAsync(string name)
    {
        var all = await JsonAsync("name => JSON.stringify(sdkEvents.filter(e => e.name === name).map(e => e.payload))", name);
        return [.. all.EnumerateArray()];
    }

    public async Task<string> EventNamesAsync() =>
        string.Join(", ", (await Page.EvaluateAsync<string[]>("() => sdkEvents.map(e => e.name)")));

    /// <summary>Runs <paramref name="expression"/> (a tccc call returning a promise) and reports how it settled.</summary>
    public async Task<Settled> SettleAsync(string expression)
    {
        var result = await JsonAsync($"() => settle((() => {expression})()).then(JSON.stringify)");
        return new Settled(result.GetProperty("outcome").GetString()!, result.GetProperty("value"));
    }

    /// <summary>
    /// Evaluates a script that answers a JSON string and parses it here: Playwright's own JsonElement
    /// results carry reference metadata (<c>$id</c>) that would blur exact-shape assertions.
    /// </summary>
    public async Task<JsonElement> JsonAsync(string script, object? argument = null)
    {
        var json = await Page.EvaluateAsync<string>(script, argument);
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    public Task<T> EvaluateAsync<T>(string expression) => Page.EvaluateAsync<T>(expression);

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
