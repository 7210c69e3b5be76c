using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.Storage;

namespace Switchboard.Staff.Agents;

/// <summary>Checks a ForwardingConfig before it is stored: a destination that exists, and never the agent itself.</summary>
internal static class ForwardingRules
{
    private const string Field = "ForwardingConfig";

    /// <summary>The config as the JSON stored on the agent, after checking it.</summary>
    public static async Task<string> RequireValidAsync(SwitchboardDb db, Agent agent, ForwardingConfig config, CancellationToken cancellationToken)
    {
        if (config.Condition is { } condition && condition is not (1 or 2))
            throw StaffErrors.InvalidValue($"{Field}.Condition", $"must be 1 (always) or 2 (when not answered), not {condition}.",
                $"必须为 1（无条件）或 2（有条件），当前为 {condition}。");
        if (config.Target is { } target)
            await RequireTargetAsync(db, agent, target, cancellationToken);
        else if (config.Enabled == true)
            throw StaffErrors.InvalidValue($"{Field}.Target", "is required when forwarding is enabled.", "启用呼转时必须填写。");
        return JsonSerializer.Serialize(config, CccJson.Options);
    }

    private static async Task RequireTargetAsync(SwitchboardDb db, Agent agent, ForwardingTarget target, CancellationToken cancellationToken)
    {
        const string field = $"{Field}.Target";
        switch (target.Type)
        {
            case 1:
                if (string.IsNullOrEmpty(target.StaffUserId))
                    throw StaffErrors.InvalidValue($"{field}.StaffUserId", "is required when forwarding to an agent.", "呼转目标为座席时必须填写。");
                var key = AgentFields.MailKey(target.StaffUserId);
                if (key == agent.MailKey)
                    throw StaffErrors.InvalidValue($"{field}.StaffUserId", "cannot be the agent itself.", "不能是座席本人。");
                if (!await db.Agents.AnyAsync(a => a.SdkAppId == agent.SdkAppId && a.MailKey == key, cancellationToken))
                    throw StaffErrors.AccountNotExist(target.StaffUserId);
                break;
            case 2:
                await db.RequireSkillGroupsAsync(agent.SdkAppId, [target.SkillGroupId ?? 0], $"{field}.SkillGroupId", cancellationToken);
                break;
            case 3:
                // Extensions (SIP desk phones) are a later feature; until then only the form can be checked.
                if (target.Extension is not { Length: >= 1 and <= 32 } extension || !extension.All(char.IsAsciiLetterOrDigit))
                    throw StaffErrors.InvalidValue($"{field}.Extension", "must be 1 to 32 letters or digits.", "必须为 1 到 32 位字母或数字。");
                break;
            default:
                throw StaffErrors.InvalidValue($"{field}.Type", $"must be 1 (agent), 2 (skill group) or 3 (extension), not {target.Type}.",
                    $"必须为 1（座席）、2（技能组）或 3（分机），当前为 {target.Type}。");
        }
    }
}
