using Orleans;

namespace Switchboard.Chat;

/// <summary>An online chat skill group a chat can be transferred to.</summary>
/// <param name="SkillGroupId">The id <c>ChatTransfer</c> takes as <c>skillGroupId</c>.</param>
/// <param name="SkillGroupName">The group's name, as the administrator wrote it.</param>
/// <param name="Waiting">Chats in the group that no agent serves yet (queued or ringing).</param>
[GenerateSerializer, Immutable, Alias("Switchboard.Chat.TransferTargetGroup")]
public sealed record TransferTargetGroup(long SkillGroupId, string SkillGroupName, int Waiting);
