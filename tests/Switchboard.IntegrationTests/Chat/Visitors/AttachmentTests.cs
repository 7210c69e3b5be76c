using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Chat.Visitors.Attachments;

namespace Switchboard.IntegrationTests.Chat.Visitors;

/// <summary><c>POST /chat/attachments</c> and <c>GET /chat/attachments/{id}</c> on a real server with the real desk.</summary>
public sealed class AttachmentTests
{
    /// <summary>The smallest valid PNG: one transparent pixel.</summary>
    internal static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_image_uploaded_by_the_visitor_is_served_to_the_visitor_and_the_agent_and_sent_as_a_message()
    {
        await using var visitors = await VisitorScenario.StartAsync();
        await visitors.Chat.LogInAsync("ann@example.com");
        var (_, token, tab, sessionId) = await visitors.VisitorInSessionAsync();
        await visitors.Chat.AcceptAsync("ann@example.com", sessionId);
        using var visitor = VisitorTab.Bearer(visitors.Host, token);

        var (status, attachment) = await UploadAsync(visitor, sessionId, Png, "pixel.png", "image/png");
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("image/png", attachment.GetProperty("contentType").GetString());
        Assert.True(attachment.GetProperty("isImage").GetBoolean());
        Assert.Equal(Png.Length, attachment.GetProperty("size").GetInt64());
        var id = attachment.GetProperty("id").GetString()!;

        using var own = await visitor.GetAsync($"chat/attachments/{id}", Cancellation);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(Png, await own.Content.ReadAsByteArrayAsync(Cancellation));
        Assert.Equal("image/png", own.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", own.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'none'", own.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("inline", own.Content.Headers.ContentDisposition!.DispositionType);

        // The agent serving the session reads it with the workstation's credential, also as ?access_token=.
        using var agentRead = await visitors.Host.HttpClient.GetAsync(
            $"chat/attachments/{id}?access_token={Uri.EscapeDataString(visitors.AgentCredential("ann@example.com"))}", Cancellation);
        Assert.Equal(HttpStatusCode.OK, agentRead.StatusCode);
        Assert.Equal(Png, await agentRead.Content.ReadAsByteArrayAsync(Cancellation));

        // The agent sends a file the same way, with their credential; the visitor downloads it.
        using var agent = VisitorTab.Bearer(visitors.Host, visitors.AgentCredential("ann@example.com"));
        var (agentStatus, agentFile) = await UploadAsync(agent, sessionId, "%PDF-1.7\n%%EOF\n"u8.ToArray(), "terms.pdf", "application/pdf");
        Assert.Equal(HttpStatusCode.Created, agentStatus);
        using var terms = await visitor.GetAsync($"chat/attachments/{agentFile.GetProperty("id").GetString()}", Cancellation);
        Assert.Equal(HttpStatusCode.OK, terms.StatusCode);
        Assert.Equal("terms.pdf", terms.Content.Headers.ContentDisposition!.FileNameStar);

        var sent = await tab.InvokeAsync("Send", new { sessionId, type = "image", content = id, clientMessageId = "img-1" });
        Assert.True(sent.GetProperty("ok").GetBoolean(), sent.ToString());
        Assert.Equal("pixel.png", sent.GetProperty("chatMessage").GetProperty("attachment").GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task Another_visitor_another_application_and_no_credential_are_refused()
    {
        await using var visitors = await VisitorScenario.StartAsync();
        await visitors.Chat.LogInAsync("ann@example.com");
        var (_, token, _, sessionId) = await visitors.VisitorInSessionAsync();
        using var owner = VisitorTab.Bearer(visitors.Host, token);
        var id = (await UploadAsync(owner, sessionId, Png, "pixel.png", "image/png")).Body.GetProperty("id").GetString()!;

        var (_, strangerToken) = await visitors.AnonymousAsync();
        using var stranger = VisitorTab.Bearer(visitors.Host, strangerToken);
        using var strangerRead = await stranger.GetAsync($"chat/attachments/{id}", Cancellation);
        Assert.Equal(HttpStatusCode.NotFound, strangerRead.StatusCode);
        Assert.Equal("attachmentNotFound", (await strangerRead.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("code").GetString());
        var (strangerUpload, strangerAnswer) = await UploadAsync(stranger, sessionId, Png, "pixel.png", "image/png");
        Assert.Equal(HttpStatusCode.NotFound, strangerUpload);
        Assert.Equal("sessionNotFound", strangerAnswer.GetProperty("code").GetString());

        // A visitor of another application, and an agent who does not serve the session.
        var other = await visitors.Host.CreateTenantAsync();
        var (_, foreign) = await visitors.SignInAsync(new { sdkAppId = other.SdkAppId });
        using var foreignClient = VisitorTab.Bearer(visitors.Host, foreign.GetProperty("visitorToken").GetString()!);
        Assert.Equal(HttpStatusCode.NotFound, (await foreignClient.GetAsync($"chat/attachments/{id}", Cancellation)).StatusCode);

        using var anonymous = await visitors.Host.HttpClient.GetAsync($"chat/attachments/{id}", Cancellation);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("invalidCredential", (await anonymous.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("code").GetString());
        using var forged = VisitorTab.Bearer(visitors.Host, token[..^4] + "AAAA");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync($"chat/attachments/{id}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync("chat/attachments/..%2F..%2Fswitchboard.db", Cancellation)).StatusCode);
    }

    [Fact]
    public async Task An_oversized_file_gets_413_and_leaves_nothing_behind()
    {
        await using var visitors = await VisitorScenario.StartAsync(new Dictionary<string, string?> { ["Chat:MaxAttachmentBytes"] = "100000" });
        await visitors.Chat.LogInAsync("ann@example.com");
        var (_, token, _, sessionId) = await visitors.VisitorInSessionAsync();
        using var visitor = VisitorTab.Bearer(visitors.Host, token);

        var big = new byte[100_001];
        Png.CopyTo(big, 0);
        var (status, answer) = await UploadAsync(visitor, sessionId, big, "big.png", "image/png");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("fileTooLarge", answer.GetProperty("code").GetString());
        Assert.Contains("100000", answer.GetProperty("message").GetString());

        // Sent without a length (chunked), the count stops it just the same.
        using var chunked = new MultipartFormDataContent();
        var stream = new StreamContent(new NonSeekableStream(new byte[3_000_000]));
        stream.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        chunked.Add(stream, "file", "huge.zip");
        using var response = await visitor.PostAsync($"chat/attachments?sessionId={sessionId}", chunked, Cancellation);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);

        var folder = visitors.Host.Services.GetRequiredService<AttachmentFolder>().Path;
        Assert.Empty(Directory.Exists(folder) ? Directory.GetFiles(folder) : []);
    }

    [Fact]
    public async Task A_file_claiming_to_be_an_image_is_judged_by_its_bytes()
    {
        await using var visitors = await VisitorScenario.StartAsync();
        await visitors.Chat.LogInAsync("ann@example.com");
        var (_, token, _, sessionId) = await visitors.VisitorInSessionAsync();
        using var visitor = VisitorTab.Bearer(visitors.Host, token);

        var html = Encoding.UTF8.GetBytes("<html><script>alert(document.cookie)</script></html>");
        var (htmlStatus, htmlAnswer) = await UploadAsync(visitor, sessionId, html, "cat.png", "image/png");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, htmlStatus);
        Assert.Equal("unsupportedType", htmlAnswer.GetProperty("code").GetString());

        // A PDF in disguise is kept, as the PDF it is: never an image, always a download.
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
        var (pdfStatus, pdfAnswer) = await UploadAsync(visitor, sessionId, pdf, "cat.png", "image/png");
        Assert.Equal(HttpStatusCode.Created, pdfStatus);
        Assert.False(pdfAnswer.GetProperty("isImage").GetBoolean());
        Assert.Equal("application/pdf", pdfAnswer.GetProperty("contentType").GetString());
        using var served = await visitor.GetAsync($"chat/attachments/{pdfAnswer.GetProperty("id").GetString()}", Cancellation);
        Assert.Equal("application/pdf", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", served.Content.Headers.ContentDisposition!.DispositionType);
    }

    [Fact]
    public async Task A_path_in_the_file_name_is_only_a_name()
    {
        await using var visitors = await VisitorScenario.StartAsync();
        await visitors.Chat.LogInAsync("ann@example.com");
        var (_, token, _, sessionId) = await visitors.VisitorInSessionAsync();
        using var visitor = VisitorTab.Bearer(visitors.Host, token);

        var (status, answer) = await UploadAsync(visitor, sessionId, "just notes\n"u8.ToArray(), "../../../../tmp/evil.txt", "text/plain");
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("evil.txt", answer.GetProperty("fileName").GetString());
        Assert.Equal("text/plain; charset=utf-8", answer.GetProperty("contentType").GetString());
        var folder = visitors.Host.Services.GetRequiredService<AttachmentFolder>().Path;
        Assert.Equal([answer.GetProperty("id").GetString()], Directory.GetFiles(folder).Select(Path.GetFileName));
        Assert.False(File.Exists("/tmp/evil.txt") && File.ReadAllText("/tmp/evil.txt") == "just notes\n");

        using var served = await visitor.GetAsync($"chat/attachments/{answer.GetProperty("id").GetString()}", Cancellation);
        Assert.Equal("evil.txt", served.Content.Headers.ContentDisposition!.FileNameStar ?? served.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        Assert.Equal("attachment", served.Content.Headers.ContentDisposition.DispositionType);
    }

    [Fact]
    public async Task Uploads_that_are_not_a_file_form_get_a_clear_400()
    {
        await using var visitors = await VisitorScenario.StartAsync();
        await visitors.Chat.LogInAsync("ann@example.com");
        var (_, token, _, sessionId) = await visitors.VisitorInSessionAsync();
        using var visitor = VisitorTab.Bearer(visitors.Host, token);

        using var json = await visitor.PostAsync($"chat/attachments?sessionId={sessionId}", JsonContent.Create(new { file = "x" }), Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Contains("multipart/form-data", (await json.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("message").GetString());

        var truncated = new StringContent("--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\n\u0089PNG", Encoding.Latin1);
        truncated.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=abc");
        using var broken = await visitor.PostAsync($"chat/attachments?sessionId={sessionId}", truncated, Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("badRequest", (await broken.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("code").GetString());

        using var form = new MultipartFormDataContent { { new StringContent("hello"), "note" } };
        using var noFile = await visitor.PostAsync($"chat/attachments?sessionId={sessionId}", form, Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.Contains("'file'", (await noFile.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("message").GetString());
    }

    internal static async Task<(HttpStatusCode Status, JsonElement Body)> UploadAsync(HttpClient client, string sessionId, byte[] bytes, string fileName, string contentType)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", fileName);
        using var response = await client.PostAsync($"chat/attachments?sessionId={Uri.EscapeDataString(sessionId)}", form, Cancellation);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation));
    }

    /// <summary>A stream without a length, so the client sends it chunked.</summary>
    private sealed class NonSeekableStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
