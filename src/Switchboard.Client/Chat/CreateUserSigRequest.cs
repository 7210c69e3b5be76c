namespace Switchboard.Client;

/// <summary>Input of CreateUserSig: the business vouches for one of its users before they open the chat widget.</summary>
public sealed record CreateUserSigRequest
{
    /// <summary>The application.</summary>
    public required long SdkAppId { get; init; }

    /// <summary>The business's id of the user; the chat shows it to agents as the visitor id.</summary>
    public required string Uid { get; init; }

    /// <summary>Data about the user for the agent (signed with the id, so the page cannot change it).</summary>
    public required string ClientData { get; init; }

    /// <summary>How many seconds the UserSig stays valid, at most 3600.</summary>
    public required long ExpiredTime { get; init; }
}
