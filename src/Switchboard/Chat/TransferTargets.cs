using System.Collections.Immutable;
using Orleans;

namespace Switchboard.Chat;

/// <summary>
/// Where an agent can hand a chat (<c>ChatTransferTargets</c>): their application's online chat skill groups and
/// the colleagues who take chats, the asking agent left out. Both lists are sorted by name.
/// </summary>
[GenerateSerializer, Immutable, Alias("Switchboard.Chat.TransferTargets")]
public sealed record TransferTargets(ImmutableArray<TransferTargetGroup> SkillGroups, ImmutableArray<TransferTargetAgent> Agents);
