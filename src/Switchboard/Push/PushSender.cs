using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.WebUtilities;

namespace Switchboard.Push;

/// <summary>
/// One HTTP attempt of one delivery: POST the fixed body to the subscription URL with TCCC's query parameters, the
/// delivery id and a fresh signature. Redirects are not followed (a 3xx fails like any non-2xx), so a delivery goes
/// only where the business pointed it.
/// </summary>
public sealed class PushSender(IHttpClientFactory httpClients, TimeProvider clock, PushOptions options)
{
    /// <summary>The named HTTP client the sender uses; <see cref="PushFeature"/> configures its handler.</summary>
    public const string HttpClientName = "Switchboard.Push";

    /// <summary>Sends <paramref name="delivery"/> once to <paramref name="url"/>, signed with <paramref name="secret"/>.</summary>
    public async Task<PushAttemptResult> SendAsync(PushDelivery delivery, string url, string secret, CancellationToken cancellationToken)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, Target(url, delivery.SdkAppId))
        {
            Content = new StringContent(delivery.Body, System.Text.Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.TryAddWithoutValidation(PushCallback.TencentDeliveryHeader, delivery.Id);
        request.Headers.TryAddWithoutValidation(PushCallback.DeliveryHeader, delivery.Id);
        request.Headers.TryAddWithoutValidation(PushCallback.EventHeader, delivery.Event);
        request.Headers.TryAddWithoutValidation(PushCallback.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation(PushCallback.SignatureHeader, PushSignature.Compute(secret, timestamp, delivery.Body));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Switchboard-Push", "1"));

        using var deadline = new CancellationTokenSource(options.Timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        try
        {
            var http = httpClients.CreateClient(HttpClientName);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var status = (int)response.StatusCode;
            return status is >= 200 and < 300
                ? PushAttemptResult.Success
                : PushAttemptResult.Failure($"HTTP {status} {Shorten(response.ReasonPhrase)}".TrimEnd());
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return PushAttemptResult.Failure($"No answer within {options.Timeout.TotalSeconds:0.###} s.");
        }
        catch (HttpRequestException e)
        {
            return PushAttemptResult.Failure($"Network error: {Shorten(e.GetBaseException().Message)}");
        }
    }

    /// <summary>The subscription URL with TCCC's callback parameters added to whatever query it already has.</summary>
    public static string Target(string url, long sdkAppId) => QueryHelpers.AddQueryString(url, new Dictionary<string, string?>
    {
        ["SdkAppid"] = sdkAppId.ToString(CultureInfo.InvariantCulture),
        ["CallbackCommand"] = PushCallback.Command,
        ["contenttype"] = "json",
    });

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 200 ? text : text[..200];
}
