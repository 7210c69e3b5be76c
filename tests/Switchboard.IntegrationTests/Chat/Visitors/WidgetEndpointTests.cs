using System.Net;

namespace Switchboard.IntegrationTests.Chat.Visitors;

/// <summary><c>/widget.js</c> and the hosted chat page over plain HTTP.</summary>
public sealed class WidgetEndpointTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_widget_script_is_served_to_any_site_compressed()
    {
        await using var visitors = await VisitorScenario.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "widget.js");
        request.Headers.Add("Origin", "https://shop.example");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await visitors.Host.HttpClient.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task The_hosted_page_carries_the_link_values_encoded_and_unknown_applications_get_404()
    {
        await using var visitors = await VisitorScenario.StartAsync();
        var html = await visitors.Host.HttpClient.GetStringAsync(
            $"chat/{visitors.App}?skillGroup={visitors.Group}&channel=mobile&nickname={Uri.EscapeDataString("\"><script>alert(1)</script>")}", Cancellation);

        Assert.Contains($"data-app-id=\"{visitors.App}\"", html);
        Assert.Contains($"data-skill-group=\"{visitors.Group}\"", html);
        Assert.Contains("data-mode=\"page\"", html);
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("&quot;&gt;&lt;script&gt;", html);

        using var page = await visitors.Host.HttpClient.GetAsync($"chat/{visitors.App}", Cancellation);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        using var unknown = await visitors.Host.HttpClient.GetAsync("chat/1609999998", Cancellation);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("does not exist", await unknown.Content.ReadAsStringAsync(Cancellation));
    }
}
