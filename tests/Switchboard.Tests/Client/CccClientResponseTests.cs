using System.Net;
using Switchboard.Client;

namespace Switchboard.Tests.Client;

public sealed class CccClientResponseTests
{
    private static CccClient ClientAnswering(HttpMessageHandler handler, TimeSpan? timeout = null)
        => new(new CccCredential("AKID1", "key-1"),
            new CccClientOptions { Endpoint = "127.0.0.1:5000", Protocol = "http://", Timeout = timeout ?? TimeSpan.FromSeconds(60) },
            new HttpClient(handler));

    private static Task<LoginTokenAnswer> Send(CccClient client)
        => SendUntil(client, TestContext.Current.CancellationToken);

    private static Task<LoginTokenAnswer> SendUntil(CccClient client, CancellationToken cancellationToken)
        => client.SendAsync<LoginTokenAnswer>("CreateSDKLoginToken", new { SdkAppId = 1400000001 }, cancellationToken);

    [Fact]
    public async Task Success_answers_the_typed_response_object()
    {
        using var client = ClientAnswering(new CapturingHandler());

        var answer = await Send(client);

        Assert.Equal(new LoginTokenAnswer { Token = "t-1", ExpiredTime = 1700000600, SdkURL = "https://x/sdk", RequestId = "req-1" }, answer);
    }

    [Fact]
    public async Task Api_error_throws_its_code_message_and_request_id()
    {
        const string body = """{"Response":{"Error":{"Code":"AuthFailure.SignatureFailure","Message":"The signature does not match."},"RequestId":"req-9"}}""";
        using var client = ClientAnswering(new CapturingHandler(HttpStatusCode.OK, body));

        var error = await Assert.ThrowsAsync<CccException>(() => Send(client));

        Assert.Equal("AuthFailure.SignatureFailure", error.Code);
        Assert.Equal("The signature does not match.", error.Message);
        Assert.Equal("req-9", error.RequestId);
        Assert.Null(error.HttpStatusCode);
    }

    public static TheoryData<HttpStatusCode, string, string> NotAnEnvelope => new()
    {
        { HttpStatusCode.InternalServerError, """{"Response":{"RequestId":"r"}}""", CccException.HttpStatusCodeError },
        { HttpStatusCode.NotFound, "", CccException.HttpStatusCodeError },
        { HttpStatusCode.OK, "<html>proxy error</html>", CccException.InvalidResponse },
        { HttpStatusCode.OK, "", CccException.InvalidResponse },
        { HttpStatusCode.OK, "{}", CccException.InvalidResponse },
        { HttpStatusCode.OK, "[]", CccException.InvalidResponse },
        { HttpStatusCode.OK, """{"Response":null}""", CccException.InvalidResponse },
        { HttpStatusCode.OK, """{"Response":"ok"}""", CccException.InvalidResponse },
        { HttpStatusCode.OK, """{"Response":{"ExpiredTime":"soon","RequestId":"r"}}""", CccException.InvalidResponse },
    };

    [Theory]
    [MemberData(nameof(NotAnEnvelope))]
    public async Task Answers_that_are_not_an_api_envelope_throw_a_client_error(HttpStatusCode status, string body, string code)
    {
        using var client = ClientAnswering(new CapturingHandler(status, body));

        var error = await Assert.ThrowsAsync<CccException>(() => Send(client));

        Assert.Equal(code, error.Code);
        Assert.Equal(status == HttpStatusCode.OK ? null : (int)status, error.HttpStatusCode);
    }

    [Fact]
    public async Task Connection_failure_is_a_network_error()
    {
        using var client = ClientAnswering(new FailingHandler((_, _) => throw new HttpRequestException("Connection refused")));

        var error = await Assert.ThrowsAsync<CccException>(() => Send(client));

        Assert.Equal(CccException.NetworkError, error.Code);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task No_answer_within_the_timeout_is_a_network_error()
    {
        using var client = ClientAnswering(new FailingHandler(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        }), TimeSpan.FromMilliseconds(50));

        var error = await Assert.ThrowsAsync<CccException>(() => Send(client));

        Assert.Equal(CccException.NetworkError, error.Code);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_turned_into_an_api_error()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        using var client = ClientAnswering(new FailingHandler(async (_, ct) =>
        {
            await cancel.CancelAsync();
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        }));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SendUntil(client, cancel.Token));
    }

    private sealed class FailingHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => answer(request, cancellationToken);
    }
}
