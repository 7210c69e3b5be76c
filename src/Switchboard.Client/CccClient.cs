namespace Switchboard.Client;

/// <summary>
/// Client of the ccc 2020-02-10 cloud API, for Switchboard or the real Tencent Cloud endpoint.
/// Typed action methods live in the partial files beside this one (one per area).
/// </summary>
public sealed partial class CccClient
{
    /// <summary>
    /// Signs and sends one action. Answers the typed response or throws <c>CccException</c>.
    /// </summary>
    public Task<TResponse> SendAsync<TResponse>(string action, object request, CancellationToken cancellationToken = default)
        where TResponse : CccResponse
        => throw new NotImplementedException("transport is being written");
}
