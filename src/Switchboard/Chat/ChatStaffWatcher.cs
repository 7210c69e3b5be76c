using Orleans;
using Switchboard.Staff;

namespace Switchboard.Chat;

/// <summary>Tells an application's desk to reload its groups and members after every staff write on this node.</summary>
internal sealed class ChatStaffWatcher(StaffReadCache staff, IGrainFactory grains) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        staff.WriteEnded += OnWriteEnded;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        staff.WriteEnded -= OnWriteEnded;
        return Task.CompletedTask;
    }

    private void OnWriteEnded(long sdkAppId) => grains.GetGrain<IChatDeskGrain>(sdkAppId).StaffChangedAsync().Ignore();
}
