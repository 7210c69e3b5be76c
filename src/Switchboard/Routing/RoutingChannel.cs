namespace Switchboard.Routing;

/// <summary>
/// The kind of contact a skill group serves; the values are TCCC's <c>SkillGroupType</c> codes.
/// </summary>
/// <remarks>
/// Phone, audio and video all use the agent's headset, so routing counts them against one shared voice load;
/// chat has its own load (see <see cref="AgentCapacity"/>).
/// </remarks>
public enum RoutingChannel
{
    /// <summary>Telephone calls (<c>SkillGroupType</c> 0).</summary>
    Phone = 0,
    /// <summary>Online chat (<c>SkillGroupType</c> 1).</summary>
    Chat = 1,
    /// <summary>Web audio calls (<c>SkillGroupType</c> 3).</summary>
    Audio = 3,
    /// <summary>Web video calls (<c>SkillGroupType</c> 4).</summary>
    Video = 4,
}
