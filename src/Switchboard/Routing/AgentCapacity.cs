namespace Switchboard.Routing;

/// <summary>
/// How many sessions an agent may hold at once (offers being rung count too). <paramref name="Voice"/> is shared by
/// phone, audio and video: one headset, one conversation. A skill group's own <see cref="SkillGroupSettings.MaxConcurrency"/>
/// can lower it further for that group's sessions.
/// </summary>
/// <param name="Voice">Concurrent phone, audio and video sessions; 0 takes none.</param>
/// <param name="Chat">Concurrent chats; 0 takes none.</param>
public sealed record AgentCapacity(int Voice = 1, int Chat = 1)
{
    /// <summary>One call and one chat at a time.</summary>
    public static AgentCapacity Default { get; } = new();

    /// <summary>The limit for sessions of <paramref name="channel"/>.</summary>
    public int For(RoutingChannel channel) => channel == RoutingChannel.Chat ? Chat : Voice;
}
