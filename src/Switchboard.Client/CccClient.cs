using Switchboard.Client.Signing;

namespace Switchboard.Client;

/// <summary>
/// Client of the contact center cloud API (ccc, version 2020-02-10), for a Switchboard server or the real
/// Tencent Cloud Contact Center: both speak the same protocol, so only <see cref="CccClientOptions.Endpoint"/>
/// and <see cref="CccClientOptions.Protocol"/> differ. Typed action methods live in the partial files beside this
/// one; <see cref="SendAsync{TResponse}"/> reaches any action. Safe for concurrent use; create one and keep it.
/// </summary>
/// <example>
/// Switchboard on the default local port:
/// <code>
/// using var client = new CccClient(new CccCredential(secretId, secretKey),
///     new CccClientOptions { Endpoint = "127.0.0.1:5080", Protocol = "http://" });
/// </code>
/// Tencent Cloud Contact Center (the defaults: <c>https://ccc.tencentcloudapi.com/</c>):
/// <code>
/// using var client = new CccClient(new CccCredential(secretId, secretKey), new CccClientOptions());
/// </code>
/// </example>
/// <remarks>
/// Requests are signed with TC3-HMAC-SHA256 exactly as the official Go SDK signs them (credential scope service
/// <see cref="CccClientOptions.Service"/>, canonical host = the endpoint's host with its port, signed headers
/// <c>content-type;host</c>), or with a legacy v1 signature if <see cref="CccClientOptions.SignMethod"/> asks.
/// Every call answers the typed response or throws <see cref="CccException"/>.
/// </remarks>
public sealed partial class CccClient : IDisposable
{
    /// <summary>The API version sent with every request.</summary>
    public const string ApiVersion = "2020-02-10";

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly CccRequestFactory _requests;
    private readonly TimeSpan _timeout;

    /// <summary>Creates a client.</summary>
    /// <param name="credential">The API key pair that signs every request.</param>
    /// <param name="options">Endpoint, protocol and signing choices; read once, here.</param>
    /// <param name="httpClient">
    /// An HttpClient to send through (e.g. from IHttpClientFactory); it is not disposed by this client and its own
    /// Timeout still applies. Null creates one that <see cref="Dispose"/> releases.
    /// </param>
    /// <exception cref="ArgumentException">An option is invalid, e.g. an endpoint with a scheme.</exception>
    public CccClient(CccCredential credential, CccClientOptions options, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Timeout <= TimeSpan.Zero && options.Timeout != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException("Timeout must be positive.", nameof(options));
        }
        _requests = new CccRequestFactory(credential, options);
        _timeout = options.Timeout;
        _ownsHttp = httpClient is null;
        // Our own client relies on the per-call timeout below, which also covers reading the body.
        _http = httpClient ?? new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>
    /// Signs and sends one action, and answers the <c>Response</c> object as <typeparamref name="TResponse"/>.
    /// </summary>
    /// <param name="action">The action name, e.g. <c>CreateSDKLoginToken</c>.</param>
    /// <param name="request">The request model; its runtime type is serialized with <see cref="CccJson.Options"/>.</param>
    /// <param name="cancellationToken">Cancels the call (an <see cref="OperationCanceledException"/> is thrown).</param>
    /// <exception cref="CccException">
    /// The API answered an error (its code, message and RequestId), or <see cref="CccException.HttpStatusCodeError"/>,
    /// <see cref="CccException.InvalidResponse"/> or <see cref="CccException.NetworkError"/>.
    /// </exception>
    public async Task<TResponse> SendAsync<TResponse>(string action, object request, CancellationToken cancellationToken = default)
        where TResponse : CccResponse
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentNullException.ThrowIfNull(request);
        using var message = _requests.Create(action, request);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_timeout);
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, deadline.Token)
                .ConfigureAwait(false);
            byte[] body = await response.Content.ReadAsByteArrayAsync(deadline.Token).ConfigureAwait(false);
            return CccResponseReader.Read<TResponse>(response.StatusCode, response.ReasonPhrase, body);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CccException(CccException.NetworkError,
                $"No answer from {message.RequestUri} within {_timeout.TotalSeconds:0.###} s.", innerException: e);
        }
        catch (HttpRequestException e)
        {
            throw new CccException(CccException.NetworkError, $"{message.RequestUri}: {e.Message}", innerException: e);
        }
    }

    /// <summary>Releases the HttpClient this instance created (not one passed in).</summary>
    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }
}
