using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Storage;

namespace Switchboard.Staff.SkillGroups;

/// <summary>
/// DescribeSkillGroupInfoList: one page of skill groups in creation order, answered from
/// <see cref="StaffReadCache"/> until a write to the application's agents or skill groups.
/// </summary>
internal static class DescribeSkillGroupInfoListAction
{
    public const int MaxPageSize = 100;

    public static async Task<DescribeSkillGroupInfoListResponse> HandleAsync(DescribeSkillGroupInfoListRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        await call.RequireApplicationAsync(request.SdkAppId, cancellationToken);
        var window = PageWindow.From(request.PageNumber, request.PageSize, MaxPageSize);
        var cache = call.Services.GetRequiredService<StaffReadCache>();
        return await cache.GetOrLoadAsync(request.SdkAppId, request, ct => ReadAsync(call, request, window, ct),
            page => page.SkillGroupList.Count, cancellationToken);
    }

    private static async Task<DescribeSkillGroupInfoListResponse> ReadAsync(CloudApiCall call, DescribeSkillGroupInfoListRequest request, PageWindow window, CancellationToken cancellationToken)
    {
        var db = call.Services.GetRequiredService<SwitchboardDb>();
        var name = string.IsNullOrEmpty(request.SkillGroupName) ? null : request.SkillGroupName;
        var (sdkAppId, skillGroupId, modifiedSince) = (request.SdkAppId, request.SkillGroupId, request.ModifiedTime);
        var queries = CompiledQueriesPerModel<Queries>.For(db);

        await using var snapshot = await ReadSnapshot.BeginAsync(db, cancellationToken);
        var groups = new List<SkillGroupInfoItem>(Math.Min(window.Take + 1, 64));
        await foreach (var group in queries.Page(db, sdkAppId, skillGroupId, modifiedSince, name, window.Skip, window.Take + 1).WithCancellation(cancellationToken))
            groups.Add(group);
        var full = groups.Count > window.Take;
        if (full) groups.RemoveAt(window.Take);
        var total = full || (groups.Count == 0 && window.Skip > 0)
            ? await queries.Count(db, sdkAppId, skillGroupId, modifiedSince, name, cancellationToken)
            : window.Skip + groups.Count;
        return new DescribeSkillGroupInfoListResponse { TotalCount = total, SkillGroupList = groups };
    }

    /// <summary>The compiled queries of one EF model (<see cref="CompiledQueriesPerModel{TQueries}"/>).</summary>
    private sealed class Queries
    {
        // ReadAsync asks for one row more than the page holds, so a short page tells the total without counting.
        public readonly Func<SwitchboardDb, long, long?, long?, string?, int, int, IAsyncEnumerable<SkillGroupInfoItem>> Page =
            EF.CompileAsyncQuery((SwitchboardDb db, long sdkAppId, long? skillGroupId, long? modifiedSince, string? name, int skip, int take) =>
                db.SkillGroups.AsNoTracking()
                    .Where(g => g.SdkAppId == sdkAppId
                        && (skillGroupId == null || g.Id == skillGroupId)
                        && (modifiedSince == null || g.LastModifyTimestamp >= modifiedSince)
                        && (name == null || g.Name == name))
                    .OrderBy(g => g.Id)
                    .Skip(skip)
                    .Take(take)
                    .Select(g => new SkillGroupInfoItem
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
                    }));

        public readonly Func<SwitchboardDb, long, long?, long?, string?, CancellationToken, Task<long>> Count =
            EF.CompileAsyncQuery((SwitchboardDb db, long sdkAppId, long? skillGroupId, long? modifiedSince, string? name, CancellationToken _) =>
                db.SkillGroups.LongCount(g => g.SdkAppId == sdkAppId
                    && (skillGroupId == null || g.Id == skillGroupId)
                    && (modifiedSince == null || g.LastModifyTimestamp >= modifiedSince)
                    && (name == null || g.Name == name)));
    }
}
