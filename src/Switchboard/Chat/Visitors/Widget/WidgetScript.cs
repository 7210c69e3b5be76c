using System.Text;
using System.Text.Json;
using Switchboard.Sdk.Script;

namespace Switchboard.Chat.Visitors.Widget;

/// <summary>
/// The chat widget bundle (<c>web/widget</c>, built by esbuild during <c>dotnet build</c> and embedded), held in memory
/// compressed both ways. Loading starts in the background when the server starts.
/// </summary>
public sealed class WidgetScript
{
    /// <summary>The logical name the web build gives the embedded bundle.</summary>
    public const string Resource = "Switchboard.Chat.widget.js";

    private readonly Task<SdkScriptAsset> _loading;

    public WidgetScript(ILogger<WidgetScript> log) =>
        _loading = Task.Run(() => Load(log));

    /// <summary>The bundle, or a script that reports a server built without it.</summary>
    public Task<SdkScriptAsset> ScriptAsync() => _loading;

    private static SdkScriptAsset Load(ILogger log)
    {
        using var stream = typeof(WidgetScript).Assembly.GetManifestResourceStream(Resource);
        byte[] content;
        if (stream is null)
        {
            log.LogWarning("This server was built without the chat widget bundle (embedded resource {Resource}); /widget.js answers a script that reports the problem.", Resource);
            const string message = "Switchboard: this server was built without the chat widget bundle. Rebuild it with Node.js and npm installed.";
            content = Encoding.UTF8.GetBytes($"console.error({JsonSerializer.Serialize(message)});\n");
        }
        else
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            content = copy.ToArray();
        }
        return SdkScriptAsset.Create("text/javascript; charset=utf-8", content);
    }
}
