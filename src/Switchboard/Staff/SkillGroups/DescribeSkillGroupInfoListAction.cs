using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Storage;

namespace Switchboard.Staff.SkillGroups;

/// <summary>DescribeSkillGroupInfoList: one page of skill groups in creation order.</summary>
internal static class DescribeSkillGroupInfoListAction
{
    public const int MaxPageSize = 100;

    public static async Task<DescribeSkillGroupInfoListResponse> HandleAsync(DescribeSkillGroupInfoListRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        await call.RequireApplicationAsync(request.SdkAppId, cancellationToken);
        var window = PageWindow.From(request.PageNumber, request.PageSize, MaxPageSize);
        var db = call.Services.GetRequiredService<SwitchboardDb>();

        var groups = db.SkillGroups.AsNoTracking().Where(g => g.SdkAppId == request.SdkAppId);
        if (request.SkillGroupId is { } id)
            groups = groups.Where(g => g.Id == id);
        if (request.ModifiedTime is { } modifiedSince)
            groups = groups.Where(g => g.LastModifyTimestamp >= modifiedSince);
        if (!string.IsNullOrEmpty(request.SkillGroupName))
            groups = groups.Where(g => g.Name == request.SkillGroupName);

        var total = await groups.LongCountAsync(cancellationToken);
        var page = await groups.OrderBy(g => g.Id).Skip(window.Skip).Take(window.Take).ToListAsync(cancellationToken);
        return new DescribeSkillGroupInfoListResponse
        {
            TotalCount = total,
            SkillGroupList = page.Select(g => new SkillGroupInfoItem
            {
                SkillGroupId = g.Id,
                SkillGroupName = g.Name,
                Type = SkillGroupChannel.Label(g.Type),
                RoutePolicy = g.RoutePolicy,
                UsingLastSeat = g.UsingLastSeat,
                MaxConcurrency = g.MaxConcurrency,
                LastModifyTimestamp = g.LastModifyTimestamp,
                SkillGroupType = g.Type,
                Alias = g.Alias ?? "",
                RingAll = g.RingAll,
            }).ToList(),
        };
    }
}
