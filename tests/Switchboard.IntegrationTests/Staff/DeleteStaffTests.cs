using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Staff;

namespace Switchboard.IntegrationTests.Staff;

public sealed class DeleteStaffTests
{
    private const long App = StaffActionHost.App;

    [Fact]
    public async Task Deletes_agents_with_their_memberships_and_reports_unknown_mails()
    {
        await using var host = await StaffActionHost.StartAsync();
        var group = await host.CreateSkillGroupAsync("sales");
        await host.CreateAgentsAsync(App, "a@example.com", "b@example.com", "keep@example.com");
        await host.CreateAgentsAsync(StaffActionHost.OtherApp, "a@example.com");
        await host.CallAsync<BindStaffSkillGroupListResponse>(new BindStaffSkillGroupListRequest
        {
            SdkAppId = App, StaffEmail = "a@example.com", StaffSkillGroupList = [new StaffSkillGroupList { SkillGroupId = group }],
        });

        var response = await host.CallAsync<DeleteStaffResponse>(new DeleteStaffRequest { SdkAppId = App, StaffList = ["A@example.com", "b@example.com", "ghost@example.com"] });

        Assert.Empty(response.OnlineStaffList);
        Assert.Equal("Deleted 2 agent(s). Not found: ghost@example.com.", response.DeleteStatusInfo);
        var remaining = await host.WithDbAsync(db => db.Agents.OrderBy(a => a.Id).Select(a => new { a.SdkAppId, a.Mail }).ToListAsync());
        Assert.Equal([(App, "keep@example.com"), (StaffActionHost.OtherApp, "a@example.com")], remaining.Select(a => (a.SdkAppId, a.Mail)));
        Assert.Equal(0, await host.WithDbAsync(db => db.SkillGroupMemberships.CountAsync()));
        // The emptied group can now be deleted.
        await host.CallAsync<DeleteCCCSkillGroupResponse>(new DeleteCCCSkillGroupRequest { SdkAppId = App, SkillGroupId = group });
    }

    [Fact]
    public async Task Online_agents_are_kept_and_listed()
    {
        await using var host = await StaffActionHost.StartAsync(services =>
            services.AddSingleton<IAgentPresence>(new PresenceOf("busy@example.com")));
        await host.CreateAgentsAsync(App, "Busy@example.com", "idle@example.com");

        var response = await host.CallAsync<DeleteStaffResponse>(new DeleteStaffRequest { SdkAppId = App, StaffList = ["busy@example.com", "idle@example.com"] });

        Assert.Equal(["Busy@example.com"], response.OnlineStaffList);
        Assert.Equal("Deleted 1 agent(s). Online, not deleted: Busy@example.com.", response.DeleteStatusInfo);
        Assert.Equal(["Busy@example.com"], await host.WithDbAsync(db => db.Agents.Select(a => a.Mail).ToListAsync()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(201)]
    public async Task An_empty_or_oversized_list_is_refused(int count)
    {
        await using var host = await StaffActionHost.StartAsync();
        await host.CreateAgentsAsync(App, "a0@example.com");
        var error = await host.FailAsync(new DeleteStaffRequest { SdkAppId = App, StaffList = Enumerable.Range(0, count).Select(i => $"a{i}@example.com").ToList() });
        Assert.Equal(ErrorCodes.InvalidParameterValue, error.Code);
        Assert.Equal(1, await host.WithDbAsync(db => db.Agents.CountAsync()));
    }

    [Fact]
    public async Task Two_hundred_mails_are_accepted()
    {
        await using var host = await StaffActionHost.StartAsync();
        var response = await host.CallAsync<DeleteStaffResponse>(new DeleteStaffRequest { SdkAppId = App, StaffList = Enumerable.Range(0, 200).Select(i => $"a{i}@example.com").ToList() });
        Assert.StartsWith("Deleted 0 agent(s). Not found: a0@example.com", response.DeleteStatusInfo);
    }

    /// <summary>Presence as the next issue's grain will answer it: some agents online.</summary>
    private sealed class PresenceOf(params string[] onlineMailKeys) : IAgentPresence
    {
        public ValueTask<IReadOnlySet<string>> FindOnlineAsync(long sdkAppId, IReadOnlyCollection<string> mailKeys, CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlySet<string>>(mailKeys.Intersect(onlineMailKeys).ToHashSet());
    }
}
