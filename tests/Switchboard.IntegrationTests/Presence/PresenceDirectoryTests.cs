using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Switchboard.IntegrationTests.Infrastructure;
using Switchboard.Presence;

namespace Switchboard.IntegrationTests.Presence;

/// <summary>Presence driven the way the SDK hub drives it: connections and requests through the host's directory.</summary>
public sealed class PresenceDirectoryTests
{
    [Fact]
    public async Task A_dropped_workstation_keeps_the_state_for_the_grace_period_then_goes_offline()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));
        await using var host = await SwitchboardHost.StartAsync(clock: clock);
        var tenant = await host.CreateTenantAsync();
        var directory = host.Services.GetRequiredService<IPresenceDirectory>();
        var agent = new AgentKey(tenant.SdkAppId, "ann@example.com");

        var connected = await directory.ConnectAsync(agent, "tab-1");
        Assert.True(connected.Accepted);
        Assert.Equal(AgentStatus.Free, connected.View.Status);

        await directory.DisconnectAsync(agent, "tab-1");
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(AgentStatus.Free, (await directory.GetAsync(agent)).Status);
        clock.Advance(TimeSpan.FromSeconds(2));
        await WaitForAsync(async () => (await directory.GetAsync(agent)).Status == AgentStatus.Offline);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await condition()) return;
            await Task.Delay(25);
        }
        Assert.Fail("The condition did not become true within 5 seconds.");
    }
}
