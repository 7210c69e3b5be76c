using System.Text;
using Microsoft.Extensions.Logging;
using Switchboard.Sdk.Script;

namespace Switchboard.Tests.Sdk;

public sealed class SdkScriptLibraryTests
{
    [Fact]
    public async Task A_server_built_without_the_bundle_serves_a_script_that_says_so_and_warns_in_its_log()
    {
        var log = new RecordingLogger();
        var library = new SdkScriptLibrary(log, _ => null);

        var script = Encoding.UTF8.GetString((await library.ScriptAsync()).Identity);

        Assert.StartsWith("throw new Error(\"Switchboard: this server was built without the agent SDK bundle", script);
        Assert.Null(await library.DeclarationsAsync());
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("Switchboard.Sdk.tccc.js"));
    }

    [Fact]
    public async Task The_embedded_files_are_served_as_built()
    {
        var files = new Dictionary<string, string>
        {
            [SdkScriptLibrary.ScriptResource] = "window.tccc = {};\n",
            [SdkScriptLibrary.DeclarationsResource] = "declare const tccc: unknown;\n",
        };
        var log = new RecordingLogger();
        var library = new SdkScriptLibrary(log, name => files.TryGetValue(name, out var text) ? new MemoryStream(Encoding.UTF8.GetBytes(text)) : null);

        Assert.Equal(files[SdkScriptLibrary.ScriptResource], Encoding.UTF8.GetString((await library.ScriptAsync()).Identity));
        Assert.Equal(files[SdkScriptLibrary.DeclarationsResource], Encoding.UTF8.GetString((await library.DeclarationsAsync())!.Identity));
        Assert.Empty(log.Entries);
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries) Entries.Add((logLevel, formatter(state, exception)));
        }
    }
}
