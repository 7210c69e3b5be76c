using System.Collections.Immutable;
using Switchboard.Presence;

namespace Switchboard.Chat;

/// <summary>The desk's answer to "where can I transfer this chat?", from the directory and presence it already holds.</summary>
internal sealed partial class ChatDeskGrain
{
    public Task<TransferTargets> TransferTargetsAsync(string mailKey)
    {
        var waiting = _live.Values
            .Where(l => l.Row.State is ChatSessionState.Queued or ChatSessionState.Ringing)
            .CountBy(l => l.Row.SkillGroupId)
            .ToDictionary();
        var groups = _directory.Groups.Values
            .OrderBy(g => g.Name, StringComparer.OrdinalIgnoreCase).ThenBy(g => g.Id)
            .Select(g => new TransferTargetGroup(g.Id, g.Name, waiting.GetValueOrDefault(g.Id)))
            .ToImmutableArray();
        var agents = _directory.Agents.Values
            .Where(a => a.MailKey != mailKey)
            .OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.MailKey, StringComparer.Ordinal)
            .Select(a => new TransferTargetAgent(a.Mail, a.Name, _presence.GetValueOrDefault(a.MailKey, AgentStatus.Offline),
                _memberships.TryGetValue(a.MailKey, out var memberOf) ? [.. memberOf.Keys.Order()] : []))
            .ToImmutableArray();
        return Task.FromResult(new TransferTargets(groups, agents));
    }
}
