using Orleans;

namespace Switchboard.Chat;

/// <summary>A visitor asks for an agent of a chat skill group.</summary>
/// <param name="Visitor">Who asks.</param>
/// <param name="SkillGroupId">The chat skill group (the widget's <c>data-skill-group</c>).</param>
/// <param name="Nickname">Shown to agents; plain text.</param>
/// <param name="Avatar">An image URL for agents, if the host page gave one.</param>
/// <param name="ClientData">The host page's data for the agent (<c>clientData</c> of <c>callIn</c>).</param>
/// <param name="PeerSource">The page the visitor came from.</param>
/// <param name="ChannelName">The widget's <c>data-channel</c>.</param>
[GenerateSerializer, Immutable, Alias("Switchboard.Chat.ChatStartRequest")]
public sealed record ChatStartRequest(
    VisitorIdentity Visitor,
    long SkillGroupId,
    string Nickname,
    string? Avatar = null,
    string? ClientData = null,
    string? PeerSource = null,
    string? ChannelName = null);
