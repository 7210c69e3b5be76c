namespace Switchboard.Client;

public sealed partial class CccClient
{
    /// <summary>Mints a single-use login token for an agent and the SdkURL that carries it to the agent's page.</summary>
    public Task<CreateSDKLoginTokenResponse> CreateSDKLoginTokenAsync(CreateSDKLoginTokenRequest request, CancellationToken cancellationToken = default)
        => SendAsync<CreateSDKLoginTokenResponse>("CreateSDKLoginToken", request, cancellationToken);
}
