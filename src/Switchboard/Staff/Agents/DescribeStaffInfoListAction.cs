using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Storage;

namespace Switchboard.Staff.Agents;

/// <summary>
/// DescribeStaffInfoList: one page of agents in creation order, each with its skill groups, answered from
/// <see cref="StaffReadCache"/> until a write to the application's agents or skill groups.
/// </summary>
internal static class DescribeStaffInfoListAction
{
    public const int MaxPageSize = 9999;

    public static async Task<DescribeStaffInfoListResponse> HandleAsync(DescribeStaffInfoListRequest request, CloudApiCall call, CancellationToken cancellationToken)
    {
        await call.RequireApplicationAsync(request.SdkAppId, cancellationToken);
        var window = PageWindow.From(request.PageNumber, request.PageSize, MaxPageSize);
        var cache = call.Services.GetRequiredService<StaffReadCache>();
        return await cache.GetOrLoadAsync(request.SdkAppId, request, async ct =>
        {
            var db = call.Services.GetRequiredService<SwitchboardDb>();
            await using var snapshot = await ReadSnapshot.BeginAsync(db, ct);
            return await StaffInfoPageQuery.ReadAsync(db, request, window, ct);
        }, page => page.StaffList.Count, cancellationToken);
    }
}
