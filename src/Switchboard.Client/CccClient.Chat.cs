namespace Switchboard.Client;

public sealed partial class CccClient
{
    /// <summary>Signs a user id and client data for the chat widget, so a known customer sees past conversations.</summary>
    public Task<CreateUserSigResponse> CreateUserSigAsync(CreateUserSigRequest request, CancellationToken cancellationToken = default)
        => SendAsync<CreateUserSigResponse>("CreateUserSig", request, cancellationToken);
}
