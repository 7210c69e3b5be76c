using Switchboard.Client;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.ClientScenarios;

/// <summary>
/// A backend that retries on timeouts, or runs several workers, sends the same change more than once at the
/// same moment. Exactly one copy may win; the others must get the ordinary business answer, never a
/// database error, and the data must end up as if the change was made once.
/// </summary>
public sealed class RetryRaceScenarioTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    private const int Copies = 8;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static async Task<string?[]> RaceAsync(Func<Task> send)
    {
        using var start = new SemaphoreSlim(0);
        var copies = Enumerable.Range(0, Copies).Select(async copy =>
        {
            await start.WaitAsync(Cancellation);
            try
            {
                await send();
                return null;
            }
            catch (CccException e)
            {
                Assert.True(Guid.TryParseExact(e.RequestId, "D", out _));
                return e.Code;
            }
        }).ToList();
        start.Release(Copies);
        return await Task.WhenAll(copies);
    }

    [Fact]
    public async Task The_same_agent_created_by_racing_requests_exists_once()
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host);
        await backend.CreateSkillGroupAsync("Sales");
        var failures = new System.Collections.Concurrent.ConcurrentBag<string?>();

        await RaceAsync(async () =>
        {
            var created = await backend.Client.CreateStaffAsync(
                new() { SdkAppId = backend.App, Staffs = [TenantBackend.Agent("ann@example.com", "Sales")] }, Cancellation);
            foreach (var row in created.ErrorStaffList) failures.Add(row.Code);
        });

        Assert.Equal(Enumerable.Repeat("FailedOperation.DuplicatedAccount", Copies - 1), failures);
        var agent = Assert.Single(await backend.DescribeAgentsAsync());
        Assert.Single(agent.SkillGroupList!);
    }

    [Fact]
    public async Task The_same_skill_group_created_by_racing_requests_exists_once()
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host);

        var codes = await RaceAsync(() => backend.CreateSkillGroupAsync("Sales"));

        Assert.Equal(1, codes.Count(c => c is null));
        Assert.All(codes.Where(c => c is not null), c => Assert.Equal("InvalidParameterValue.SkillGroupExist", c));
        var groups = await backend.Client.DescribeSkillGroupInfoListAsync(new() { SdkAppId = backend.App, PageSize = 10, PageNumber = 0 }, Cancellation);
        Assert.Equal(1, groups.TotalCount);
    }

    [Fact]
    public async Task Racing_binds_of_one_agent_leave_one_membership_with_one_of_the_priorities_sent()
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host);
        var sales = await backend.CreateSkillGroupAsync("Sales");
        await backend.CreateAgentsAsync(TenantBackend.Agent("ann@example.com"));
        var next = 0;

        var codes = await RaceAsync(() => backend.Client.BindStaffSkillGroupListAsync(new()
        {
            SdkAppId = backend.App, StaffEmail = "ann@example.com",
            StaffSkillGroupList = [new() { SkillGroupId = sales, Priority = 1 + Interlocked.Increment(ref next) % 5 }],
        }, Cancellation));

        // A copy that lost the race may be told to retry, which is the honest answer; nothing else.
        Assert.Contains(null, codes);
        Assert.All(codes.Where(c => c is not null), c => Assert.Equal("FailedOperation", c));
        var membership = Assert.Single(await backend.SkillGroupsOfAsync("ann@example.com"));
        Assert.Equal(sales, membership.Id);
        Assert.InRange(membership.Priority, 1, 5);
    }

    [Fact]
    public async Task Racing_modifications_of_one_agent_each_apply_whole()
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host);
        var a = await backend.CreateSkillGroupAsync("A");
        var b = await backend.CreateSkillGroupAsync("B");
        await backend.CreateAgentsAsync(TenantBackend.Agent("ann@example.com", "A"));
        Task Modify(string nick, long group) => backend.Client.ModifyStaffAsync(
            new() { SdkAppId = backend.App, Email = "ann@example.com", Nick = nick, SkillGroupIds = [group] }, Cancellation);

        // One request moves Ann to B while the others confirm her in A. Whatever the order, her nick and her
        // group must come from the same request. Several rounds, as not every race interleaves badly.
        for (var round = 0; round < 20; round++)
        {
            await Modify("start", a);
            var copy = 0;
            var codes = await RaceAsync(() => Interlocked.Increment(ref copy) == 1 ? Modify("in B", b) : Modify("in A", a));

            Assert.All(codes, c => Assert.True(c is null or "FailedOperation", c));
            var ann = await backend.DescribeAgentAsync("ann@example.com");
            var group = Assert.Single(ann.SkillGroupList!);
            Assert.True(ann.Nick == (group.SkillGroupId == a ? "in A" : "in B"),
                $"Round {round}: Ann's nick is '{ann.Nick}' from one request, but her group {group.SkillGroupId} is from another.");
        }
    }
}
