namespace Switchboard.CloudApi;

/// <summary>
/// One authenticated cloud API request, as seen by an action handler: who signed it and how to answer.
/// </summary>
public sealed class CloudApiCall
{
    /// <summary>UUID answered as <c>Response.RequestId</c>.</summary>
    public required string RequestId { get; init; }
    /// <summary>The action name from <c>X-TC-Action</c> (or v1 <c>Action</c>).</summary>
    public required string Action { get; init; }
    /// <summary>Owner of the API key that signed the request; every SdkAppId must belong to it.</summary>
    public required long OwnerId { get; init; }
    /// <summary>The SecretId that signed the request (for logs and rate limits; never the key).</summary>
    public required string SecretId { get; init; }
    /// <summary><see cref="CloudApiLanguages.English"/> or <see cref="CloudApiLanguages.Chinese"/>.</summary>
    public required string Language { get; init; }
    /// <summary>
    /// Base URL browsers reach this server on (no trailing slash), from <c>Switchboard:PublicBaseUrl</c>
    /// or else the request's scheme and host; used to build URLs such as the SdkURL.
    /// </summary>
    public required string PublicBaseUrl { get; init; }
    /// <summary>Request-scoped services (the <c>SwitchboardDb</c>, clocks, feature services).</summary>
    public required IServiceProvider Services { get; init; }
}
