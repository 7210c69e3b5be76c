namespace Switchboard.Client;

/// <summary>Output of CreateUserSig.</summary>
public sealed record CreateUserSigResponse : CccResponse
{
    /// <summary>The signature the chat widget presents (<c>data-user-sig</c>) with the user's id.</summary>
    public string? UserSig { get; init; }
}
