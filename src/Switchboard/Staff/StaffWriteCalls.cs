using Switchboard.CloudApi;

namespace Switchboard.Staff;

/// <summary>The opening of every action that changes what DescribeStaffInfoList or DescribeSkillGroupInfoList answer.</summary>
internal static class StaffWriteCalls
{
    /// <summary>
    /// Checks the application like every action, then marks a write to it as in flight. Declare the result with
    /// <c>using</c> at the top of the handler so it ends after the handler's last commit, on success and failure.
    /// </summary>
    public static async ValueTask<StaffWrite> BeginStaffWriteAsync(this CloudApiCall call, long sdkAppId, CancellationToken cancellationToken)
    {
        await call.RequireApplicationAsync(sdkAppId, cancellationToken);
        return call.Services.GetRequiredService<StaffReadCache>().BeginWrite(sdkAppId);
    }
}
