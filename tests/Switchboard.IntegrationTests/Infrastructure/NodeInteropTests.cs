using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Switchboard.IntegrationTests.Infrastructure;

/// <summary>
/// Proves the interop plumbing on its own: the official Node SDK, driven through driver.js, talks to a
/// stand-in endpoint that answers fixed envelopes, and what the SDK reports comes back typed.
/// </summary>
public sealed class NodeInteropTests : IAsyncLifetime
{
    private const string ErrorEnvelope =
        """{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"signature mismatch"},"RequestId":"req-error-1"}}""";

    private const string SuccessEnvelope =
        """{"Response":{"TotalCount":1,"StaffList":[{"StaffNumber":"1001"}],"RequestId":"req-ok-1"}}""";

    private readonly FixedEnvelopeEndpoint endpoint = new();

    public ValueTask InitializeAsync() => endpoint.StartAsync();

    public ValueTask DisposeAsync() => endpoint.DisposeAsync();

    [Fact]
    public async Task ApiErrorEnvelopeSurfacesCodeMessageAndRequestId()
    {
        endpoint.Answer(200, ErrorEnvelope);

        var result = await NodeInterop.CallAsync(Script(), "DescribeStaffInfoList", new { SdkAppId = 1600000001 }, TestContext.Current.CancellationToken);

        Assert.False(result.Ok, result.ToString());
        Assert.Equal("AuthFailure.SignatureFailure", result.Code);
        Assert.Equal("signature mismatch", result.Message);
        Assert.Equal("req-error-1", result.RequestId);
    }

    [Fact]
    public async Task SuccessEnvelopeReturnsTheResponseObject()
    {
        endpoint.Answer(200, SuccessEnvelope);

        var result = await NodeInterop.CallAsync(Script(), "DescribeStaffInfoList", new { SdkAppId = 1600000001 }, TestContext.Current.CancellationToken);

        Assert.True(result.Ok, result.ToString());
        Assert.Equal("req-ok-1", result.Response.GetProperty("RequestId").GetString());
        Assert.Equal("1001", result.Response.GetProperty("StaffList")[0].GetProperty("StaffNumber").GetString());
    }

    [Fact]
    public async Task NonOkStatusIsReportedWithoutAnApiCode()
    {
        endpoint.Answer(500, "oops");

        var result = await NodeInterop.CallAsync(Script(), "DescribeStaffInfoList", new { SdkAppId = 1600000001 }, TestContext.Current.CancellationToken);

        Assert.False(result.Ok);
        Assert.Null(result.Code);
        Assert.Equal(500, result.HttpCode);
    }

    public static TheoryData<string, string, string> SigningStyles => new()
    {
        // sign method, HTTP method, where the action name travels
        { "TC3-HMAC-SHA256", "POST", "header" },
        { "TC3-HMAC-SHA256", "GET", "header" },
        { "HmacSHA256", "GET", "query" },
        { "HmacSHA1", "POST", "form" },
    };

    [Theory]
    [MemberData(nameof(SigningStyles))]
    public async Task SdkSendsTheActionAndParametersInEachSigningStyle(string signMethod, string reqMethod, string carrier)
    {
        endpoint.Answer(200, SuccessEnvelope);
        var staff = new JsonArray(new JsonObject { ["Name"] = "Ann", ["Mail"] = "ann@example.com" });

        var result = await NodeInterop.CallAsync(
            Script() with { SignMethod = signMethod, ReqMethod = reqMethod, Endpoint = endpoint.Address + "/tccc" },
            "CreateStaff",
            new JsonObject { ["SdkAppId"] = 1600000001, ["Staffs"] = staff },
            TestContext.Current.CancellationToken);

        Assert.True(result.Ok, result.ToString());
        var seen = Assert.Single(endpoint.Requests);
        Assert.Equal(reqMethod, seen.Method);
        Assert.Equal("/tccc/", seen.Path);
        switch (carrier)
        {
            case "header":
                Assert.Equal("CreateStaff", seen.Headers["X-TC-Action"]);
                Assert.StartsWith("TC3-HMAC-SHA256 Credential=AKIDnode/", seen.Headers["Authorization"]);
                Assert.Contains("Ann", reqMethod == "GET" ? Uri.UnescapeDataString(seen.Query) : seen.Body);
                break;
            case "query":
                Assert.Contains("Action=CreateStaff", seen.Query);
                Assert.Contains("Staffs.0.Name=Ann", seen.Query);
                Assert.Contains("SignatureMethod=HmacSHA256", seen.Query);
                break;
            case "form":
                Assert.Contains("Action=CreateStaff", seen.Body);
                Assert.Contains("Staffs.0.Name=Ann", seen.Body);
                Assert.Contains("SignatureMethod=HmacSHA1", seen.Body);
                break;
        }
    }

    [Fact]
    public async Task ClockOffsetMakesTheSdkSignWithAnOldTimestamp()
    {
        endpoint.Answer(200, SuccessEnvelope);

        var results = await NodeInterop.RunAsync(Script() with
        {
            ClockOffsetSeconds = -600,
            Calls = [new NodeCall("DescribeStaffInfoList"), new NodeCall("DescribeStaffInfoList", ClockOffsetSeconds: 0)],
        }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.All(results, r => Assert.True(r.Ok, r.ToString()));
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var stamps = endpoint.Requests.Select(r => long.Parse(r.Headers["X-TC-Timestamp"])).ToArray();
        Assert.InRange(now - stamps[0], 590, 660);
        Assert.InRange(now - stamps[1], -5, 60);
    }

    private NodeInteropScript Script() => new()
    {
        Endpoint = endpoint.Address,
        SecretId = "AKIDnode",
        SecretKey = "node-secret",
        Calls = [],
    };

    /// <summary>A loopback HTTP endpoint that records each request and answers one configured reply.</summary>
    private sealed class FixedEnvelopeEndpoint : IAsyncDisposable
    {
        private readonly ConcurrentQueue<SeenRequest> requests = new();
        private WebApplication? app;
        private (int Status, string Body) reply = (200, "{}");

        public string Address { get; private set; } = "";

        public IReadOnlyList<SeenRequest> Requests => requests.ToArray();

        public void Answer(int status, string body) => reply = (status, body);

        public async ValueTask StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
            app = builder.Build();
            app.Run(RespondAsync);
            await app.StartAsync(TestContext.Current.CancellationToken);
            Address = new Uri(app.Urls.Single()).Authority;
        }

        private async Task RespondAsync(HttpContext context)
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            requests.Enqueue(new SeenRequest(
                context.Request.Method, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "", headers, body));
            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(reply.Body);
        }

        public async ValueTask DisposeAsync()
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }
    }

    private sealed record SeenRequest(
        string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body);
}
