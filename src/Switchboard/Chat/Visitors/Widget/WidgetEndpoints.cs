using System.Globalization;
using System.Text.Encodings.Web;
using Switchboard.Chat.Visitors.Identity;

namespace Switchboard.Chat.Visitors.Widget;

/// <summary>
/// <c>GET /widget.js</c>, the script a business pastes into its pages, and <c>GET /chat/{sdkAppId}</c>, the hosted
/// full-page chat for mobile links (the same widget in page mode).
/// </summary>
public static class WidgetEndpoints
{
    /// <summary>The widget script's path.</summary>
    public const string ScriptPath = "/widget.js";

    private static readonly string[] GetOrHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>Maps both paths.</summary>
    public static void MapChatWidget(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(ScriptPath, GetOrHead, (RequestDelegate)ServeScriptAsync).WithDisplayName("Chat widget script");
        endpoints.MapMethods("/chat/{sdkAppId:long}", GetOrHead, (RequestDelegate)ServePageAsync).WithDisplayName("Hosted chat page");
    }

    // The same for every visitor: caches may keep it a few minutes.
    private static async Task ServeScriptAsync(HttpContext http) =>
        await (await http.RequestServices.GetRequiredService<WidgetScript>().ScriptAsync()).SendAsync(http, "public, max-age=300");

    private static async Task ServePageAsync(HttpContext http)
    {
        var response = http.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        // The page runs only the widget from this server; styles live in the widget's shadow root; images are blob: URLs.
        response.Headers.ContentSecurityPolicy =
            "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self' blob: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        response.ContentType = "text/html; charset=utf-8";
        var sdkAppId = long.Parse((string)http.Request.RouteValues["sdkAppId"]!, CultureInfo.InvariantCulture);
        if (!await http.RequestServices.GetRequiredService<ChatApplications>().ExistsAsync(sdkAppId, http.RequestAborted))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            await response.WriteAsync("<!doctype html><meta charset=\"utf-8\"><title>Chat not found</title><p>There is no chat here: the link names an application that does not exist.</p>\n");
            return;
        }
        var query = http.Request.Query;
        if (HttpMethods.IsHead(http.Request.Method)) return;
        await response.WriteAsync(HostedChatPage.Render(sdkAppId, query["skillGroup"], query["channel"], query["nickname"], HtmlEncoder.Default), http.RequestAborted);
    }
}
