namespace Switchboard.Client;

/// <summary>A kind of workstation an agent logs in with, and whether one is connected now.</summary>
public sealed record ClientInfo
{
    /// <summary><c>Web</c> (the browser workstation) or <c>WeChatMiniProgram</c>.</summary>
    public string? ClientType { get; init; }

    /// <summary>True while at least one workstation of this kind is connected.</summary>
    public bool? IsConnected { get; init; }
}
