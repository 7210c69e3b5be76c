namespace Switchboard.Sdk.Script;

/// <summary>
/// <c>GET /sdk/tccc.js</c> (and TCCC's file name <c>/sdk/tcccSdk.js</c>) and <c>GET /sdk/tccc.d.ts</c>. The query
/// (sdkAppId, token, userid) is for the script itself to read from its own URL; the server ignores it, and loading
/// the script never uses the token up.
/// </summary>
public static class SdkScriptEndpoints
{
    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>Maps the three paths.</summary>
    public static void MapSdkScript(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/sdk/tccc.js", GetOrHead, (RequestDelegate)ServeScriptAsync).WithDisplayName("SDK script");
        endpoints.MapMethods("/sdk/tcccSdk.js", GetOrHead, (RequestDelegate)ServeScriptAsync).WithDisplayName("SDK script (TCCC name)");
        endpoints.MapMethods("/sdk/tccc.d.ts", GetOrHead, (RequestDelegate)ServeDeclarationsAsync).WithDisplayName("SDK type declarations");
    }

    private static async Task ServeScriptAsync(HttpContext http) =>
        await SendAsync(http, await http.RequestServices.GetRequiredService<SdkScriptLibrary>().ScriptAsync());

    private static async Task ServeDeclarationsAsync(HttpContext http)
    {
        var declarations = await http.RequestServices.GetRequiredService<SdkScriptLibrary>().DeclarationsAsync();
        if (declarations is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync("// This server was built without the agent SDK bundle: tccc.d.ts is not available.\n");
            return;
        }
        await SendAsync(http, declarations);
    }

    // Never cached: the SdkURL carries a one-time token.
    private static Task SendAsync(HttpContext http, SdkScriptAsset asset) => asset.SendAsync(http, "no-store");
}
