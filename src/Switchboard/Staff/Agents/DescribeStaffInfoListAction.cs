using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Storage;

namespace Switchboard.Staff.Agents;

/// <summary>DescribeStaffInfoList: one page of agents in creation order, each with its skill groups.</summary>
internal static class DescribeStaffInfoListAction
{
    public const int MaxPageSize = 9999;

    public static async Task<DescribeStaffInfoListResponse> HandleAsync(DescribeStaffInfoListRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        await call.RequireApplicationAsync(request.SdkAppId, cancellationToken);
        var window = PageWindow.From(request.PageNumber, request.PageSize, MaxPageSize);
        var db = call.Services.GetRequiredService<SwitchboardDb>();

        var agents = db.Agents.AsNoTracking().Where(a => a.SdkAppId == request.SdkAppId);
        if (!string.IsNullOrEmpty(request.StaffMail))
        {
            var key = AgentFields.MailKey(request.StaffMail);
            agents = agents.Where(a => a.MailKey == key);
        }
        if (request.ModifiedTime is { } modifiedSince)
            agents = agents.Where(a => a.LastModifyTimestamp >= modifiedSince);
        if (request.SkillGroupId is { } skillGroupId)
            agents = agents.Where(a => a.Memberships.Any(m => m.SkillGroupId == skillGroupId));

        var total = await agents.LongCountAsync(cancellationToken);
        var page = await agents
            .OrderBy(a => a.Id)
            .Skip(window.Skip)
            .Take(window.Take)
            .Select(a => new
            {
                a.Name, a.Mail, a.Phone, a.Nick, a.StaffNumber, a.Roles, a.LastModifyTimestamp,
                a.ExtensionNumber, a.ForwardingConfigJson,
                Groups = a.Memberships
                    .OrderBy(m => m.SkillGroupId)
                    .Select(m => new { m.SkillGroupId, m.SkillGroup!.Name, m.SkillGroup.Type, m.Priority })
                    .ToList(),
            })
            .ToListAsync(cancellationToken);

        return new DescribeStaffInfoListResponse
        {
            TotalCount = total,
            StaffList = page.Select(a => new StaffInfo
            {
                Name = a.Name,
                Mail = a.Mail,
                Phone = a.Phone ?? "",
                Nick = a.Nick ?? "",
                StaffNumber = a.StaffNumber,
                RoleId = a.Roles.Count > 0 ? a.Roles[0] : null,
                RoleIdList = a.Roles.Count > 0 ? a.Roles[0] : null,
                RoleList = a.Roles,
                SkillGroupList = a.Groups.Select(g => new SkillGroupItem
                {
                    SkillGroupId = g.SkillGroupId,
                    SkillGroupName = g.Name,
                    Priority = g.Priority,
                    Type = SkillGroupChannel.Label(g.Type),
                }).ToList(),
                LastModifyTimestamp = a.LastModifyTimestamp,
                ExtensionNumber = a.ExtensionNumber ?? "",
                ForwardingConfig = a.ForwardingConfigJson is null ? null
                    : JsonSerializer.Deserialize<ForwardingConfig>(a.ForwardingConfigJson, CccJson.Options),
            }).ToList(),
        };
    }
}
