using System.Collections.Immutable;
using Orleans;
using Switchboard.Presence;

namespace Switchboard.Chat;

/// <summary>A colleague who takes chats: a member of at least one of the application's online chat skill groups.</summary>
/// <param name="UserId">The agent's account (mail), what <c>ChatTransfer</c> takes as <c>userId</c>.</param>
/// <param name="Name">The agent's display name.</param>
/// <param name="Status">Their presence now; an offline agent cannot be given a chat.</param>
/// <param name="SkillGroupIds">The chat skill groups they belong to, ascending.</param>
[GenerateSerializer, Immutable, Alias("Switchboard.Chat.TransferTargetAgent")]
public sealed record TransferTargetAgent(string UserId, string Name, AgentStatus Status, ImmutableArray<long> SkillGroupIds);
