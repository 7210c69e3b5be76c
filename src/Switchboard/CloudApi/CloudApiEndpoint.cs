using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Switchboard.CloudApi;

/// <summary>
/// The cloud API's single HTTP door: POST or GET at <c>/</c> or under any path prefix; the action comes from
/// <c>X-TC-Action</c> (TC3) or <c>Action</c> (v1). Every answer is an HTTP 200 envelope.
/// </summary>
public static class CloudApiEndpoint
{
    /// <summary>
    /// Maps the cloud API on every path no other endpoint claims, so an SDK endpoint configured as
    /// <c>host:port/anything</c> works as it does against Tencent.
    /// </summary>
    public static IEndpointConventionBuilder MapCloudApi(this IEndpointRouteBuilder endpoints) =>
        endpoints.Map("/{**prefix}", HandleAsync)
            .WithOrder(int.MaxValue)
            .WithDisplayName("Cloud API")
            .DisableAntiforgery();

    private static async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<CloudApiOptions>>().Value;
        var requestId = Guid.NewGuid().ToString();
        var language = http.Request.Headers["X-TC-Language"] == CloudApiLanguages.Chinese
            ? CloudApiLanguages.Chinese
            : CloudApiLanguages.English;
        var action = "";
        try
        {
            using var request = await IncomingRequest.ReadAsync(http, options);
            language = request.Language;
            action = request.Action;
            var key = await services.GetRequiredService<CloudApiAuthenticator>().AuthenticateAsync(http, request);
            if (!services.GetRequiredService<CloudApiRateLimiter>().TryAcquire(key.SecretId))
                throw new CloudApiException(ErrorCodes.RequestLimitExceeded,
                    "Too many requests with this SecretId; slow down and retry.",
                    "该 SecretId 的请求频率超过限制，请稍后重试。");

            var implemented = services.GetRequiredService<CloudApiActionTable>().Find(request.Action)
                ?? throw NotImplemented(request.Action);
            var typedRequest = CloudApiBinder.Bind(request, implemented);
            var call = new CloudApiCall
            {
                RequestId = requestId,
                Action = request.Action,
                OwnerId = key.OwnerId,
                SecretId = key.SecretId,
                Language = language,
                PublicBaseUrl = PublicBaseUrl(http, services),
                Services = services,
            };
            var response = await implemented.Invoke(typedRequest, call, http.RequestAborted);
            await CloudApiResponseWriter.WriteSuccessAsync(http, response, requestId);
        }
        catch (CloudApiException e)
        {
            Log(http).LogInformation("Cloud API {Action} answered {Code} (RequestId {RequestId})",
                Printable(action), e.Code, requestId);
            await CloudApiResponseWriter.WriteErrorAsync(http, e.Code, e.MessageFor(language), requestId);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The caller went away; there is nobody to answer.
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException)
        {
            Log(http).LogError(e, "Cloud API {Action} failed in the database (RequestId {RequestId})", Printable(action), requestId);
            await CloudApiResponseWriter.WriteErrorAsync(http, ErrorCodes.DbError,
                language == CloudApiLanguages.Chinese
                    ? $"数据库错误，请稍后重试（RequestId {requestId}）。"
                    : $"A database error occurred; retry later and quote RequestId {requestId} if it persists.",
                requestId);
        }
        catch (Exception e)
        {
            Log(http).LogError(e, "Cloud API {Action} failed (RequestId {RequestId})", Printable(action), requestId);
            await CloudApiResponseWriter.WriteErrorAsync(http, ErrorCodes.InternalError,
                language == CloudApiLanguages.Chinese
                    ? $"服务器内部错误（RequestId {requestId}）。"
                    : $"An internal error occurred; quote RequestId {requestId} when reporting it.",
                requestId);
        }
    }

    private static CloudApiException NotImplemented(string action) =>
        CccActionNames.All.Contains(action)
            ? new CloudApiException(ErrorCodes.UnsupportedOperation,
                $"{action} is an action of ccc 2020-02-10 that Switchboard does not implement yet.",
                $"Switchboard 暂未实现接口 {action}。")
            : new CloudApiException(ErrorCodes.InvalidAction,
                $"`{IncomingRequest.Shorten(action)}` is not an action of ccc 2020-02-10.",
                $"`{IncomingRequest.Shorten(action)}` 不是 ccc 2020-02-10 的接口。");

    private static string PublicBaseUrl(HttpContext http, IServiceProvider services)
    {
        var configured = services.GetRequiredService<IConfiguration>()["Switchboard:PublicBaseUrl"];
        if (!string.IsNullOrWhiteSpace(configured)) return configured.TrimEnd('/');
        var request = http.Request;
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }

    // Action names reach the logs, so keep forged ones short and printable.
    private static string Printable(string action) =>
        action.Length <= 64 && action.All(char.IsAsciiLetterOrDigit) ? action : "(invalid)";

    private static ILogger Log(HttpContext http) =>
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Switchboard.CloudApi");
}
