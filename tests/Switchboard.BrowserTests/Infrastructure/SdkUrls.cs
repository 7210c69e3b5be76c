using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Switchboard.BrowserTests.Infrastructure;

/// <summary>SdkURL manipulations: what a tampering page or a confused integrator could do to one.</summary>
public static class SdkUrls
{
    public static string Parameter(string sdkUrl, string name) => QueryHelpers.ParseQuery(new Uri(sdkUrl).Query)[name].ToString();

    /// <summary>The same URL with one query parameter replaced.</summary>
    public static string With(string sdkUrl, string name, string value)
    {
        var uri = new Uri(sdkUrl);
        var query = QueryHelpers.ParseQuery(uri.Query).ToDictionary(p => p.Key, p => p.Key == name ? value : p.Value.ToString());
        return uri.GetLeftPart(UriPartial.Path) + QueryString.Create(query!);
    }

    /// <summary>The script's address without any query: credentials then come only from data-* attributes.</summary>
    public static string WithoutQuery(string sdkUrl) => new Uri(sdkUrl).GetLeftPart(UriPartial.Path);

    /// <summary>The token with its first character changed (the last one of base64url may be padding bits).</summary>
    public static string Tampered(string token) => (token[0] == 'A' ? 'B' : 'A') + token[1..];
}
