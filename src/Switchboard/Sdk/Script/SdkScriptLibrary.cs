using System.Text;
using System.Text.Json;

namespace Switchboard.Sdk.Script;

/// <summary>
/// The SDK bundle and its type declarations, embedded in the server by the web build (<c>web/</c>, esbuild during
/// <c>dotnet build</c>). Loading and compressing start in the background when the server starts, so a large
/// bundle never delays startup; the first request waits for them if it arrives sooner.
/// </summary>
public sealed class SdkScriptLibrary
{
    /// <summary>Logical names the web build gives the embedded files.</summary>
    public const string ScriptResource = "Switchboard.Sdk.tccc.js";
    public const string DeclarationsResource = "Switchboard.Sdk.tccc.d.ts";

    private const string ScriptType = "text/javascript; charset=utf-8";
    private const string DeclarationsType = "text/plain; charset=utf-8";

    private readonly Task<(SdkScriptAsset Script, SdkScriptAsset? Declarations)> _loading;

    public SdkScriptLibrary(ILogger<SdkScriptLibrary> log)
        : this(log, name => typeof(SdkScriptLibrary).Assembly.GetManifestResourceStream(name))
    {
    }

    /// <summary>Reads the files through <paramref name="openResource"/> (tests: a server built without them).</summary>
    internal SdkScriptLibrary(ILogger log, Func<string, Stream?> openResource) =>
        _loading = Task.Run(() => Load(log, openResource));

    /// <summary>The script, or one that throws a clear error when the server was built without the bundle.</summary>
    public async Task<SdkScriptAsset> ScriptAsync() => (await _loading).Script;

    /// <summary>The declarations, or null when the server was built without the bundle.</summary>
    public async Task<SdkScriptAsset?> DeclarationsAsync() => (await _loading).Declarations;

    private static (SdkScriptAsset, SdkScriptAsset?) Load(ILogger log, Func<string, Stream?> openResource)
    {
        var script = Read(openResource(ScriptResource));
        var declarations = Read(openResource(DeclarationsResource));
        if (script is null)
        {
            log.LogWarning("This server was built without the agent SDK bundle (embedded resource {Resource}); " +
                "/sdk/tccc.js answers a script that reports the problem. Build with Node.js and npm available.", ScriptResource);
            script = MissingBundleScript();
        }
        return (SdkScriptAsset.Create(ScriptType, script),
            declarations is null ? null : SdkScriptAsset.Create(DeclarationsType, declarations));
    }

    private static byte[]? Read(Stream? resource)
    {
        using var stream = resource;
        if (stream is null) return null;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>
    /// Runs in the embedding page and throws, so the developer reads the cause in the browser console rather than
    /// guessing from a missing <c>window.tccc</c>.
    /// </summary>
    private static byte[] MissingBundleScript()
    {
        const string message = "Switchboard: this server was built without the agent SDK bundle, so window.tccc is not available. " +
            "Rebuild the server with Node.js and npm installed (dotnet build runs esbuild on web/).";
        return Encoding.UTF8.GetBytes($"throw new Error({JsonSerializer.Serialize(message)});\n");
    }
}
