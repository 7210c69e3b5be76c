using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Sdk;
using Switchboard.Staff;

namespace Switchboard.IntegrationTests.Staff;

/// <summary>
/// DescribeStaffInfoList and DescribeSkillGroupInfoList with the read cache on, against what the database
/// holds (<see cref="StaffActionHost.CallUncachedAsync{TResponse}"/>): every write action is seen by the next
/// read, and concurrent writes never leave an outdated page behind.
/// </summary>
public sealed class StaffReadCacheTests
{
    private const long App = StaffActionHost.App;

    /// <summary>The seeded groups, and a ModifiedTime that only agents changed after the seed match.</summary>
    private sealed record Seeded(long Sales, long Support, long Spare, long ChangedSince);

    /// <summary>Every action that changes agents, memberships or skill groups, with a change Describe… shows.</summary>
    private static readonly Dictionary<string, Func<StaffActionHost, Seeded, Task>> Writes = new()
    {
        ["CreateStaff"] = (host, _) => host.CreateAgentsAsync(App, "dan@example.com"),
        ["CreateStaff/one row refused"] = async (host, _) =>
        {
            var response = await host.CallAsync<CreateStaffResponse>(new CreateStaffRequest
            {
                SdkAppId = App,
                Staffs = [new SeatUserInfo { Name = "Eve", Mail = "eve@example.com", StaffNumber = "9" }, new SeatUserInfo { Name = "Ann", Mail = "ann@example.com", StaffNumber = "1" }],
            });
            Assert.Single(response.ErrorStaffList);
        },
        ["ModifyStaff"] = (host, _) => host.CallAsync<ModifyStaffResponse>(new ModifyStaffRequest { SdkAppId = App, Email = "ann@example.com", Name = "Ann Renamed" }),
        ["ModifyStaff/skill groups"] = (host, s) => host.CallAsync<ModifyStaffResponse>(new ModifyStaffRequest { SdkAppId = App, Email = "bob@example.com", SkillGroupIds = [s.Support] }),
        ["ModifyStaffPassword"] = (host, _) => host.CallAsync<ModifyStaffPasswordResponse>(new ModifyStaffPasswordRequest { SdkAppId = App, Email = "ann@example.com", Password = "a new passphrase" }),
        ["DeleteStaff"] = (host, _) => host.CallAsync<DeleteStaffResponse>(new DeleteStaffRequest { SdkAppId = App, StaffList = ["cat@example.com"] }),
        ["BindStaffSkillGroupList"] = (host, s) => host.CallAsync<BindStaffSkillGroupListResponse>(new BindStaffSkillGroupListRequest
        {
            SdkAppId = App, StaffEmail = "cat@example.com", StaffSkillGroupList = [new StaffSkillGroupList { SkillGroupId = s.Spare, Priority = 1 }],
        }),
        ["UnbindStaffSkillGroupList"] = (host, s) => host.CallAsync<UnbindStaffSkillGroupListResponse>(new UnbindStaffSkillGroupListRequest { SdkAppId = App, StaffEmail = "bob@example.com", SkillGroupList = [s.Support] }),
        ["CreateCCCSkillGroup"] = (host, _) => host.CreateSkillGroupAsync("Video", type: 4),
        ["UpdateCCCSkillGroup"] = (host, s) => host.CallAsync<UpdateCCCSkillGroupResponse>(new UpdateCCCSkillGroupRequest { SdkAppId = App, SkillGroupID = s.Sales, SkillGroupName = "Sales EU" }),
        ["DeleteCCCSkillGroup"] = (host, s) => host.CallAsync<DeleteCCCSkillGroupResponse>(new DeleteCCCSkillGroupRequest { SdkAppId = App, SkillGroupId = s.Spare }),
    };

    public static TheoryData<string> WriteNames => new(Writes.Keys);

    [Theory]
    [MemberData(nameof(WriteNames))]
    public async Task Every_write_is_seen_by_the_next_read(string write)
    {
        await using var host = await StaffActionHost.StartAsync();
        var seeded = await SeedAsync(host);
        var before = await ReadFromMemoryAsync(host, seeded);

        host.Clock.Advance(TimeSpan.FromSeconds(1));
        await Writes[write](host, seeded);

        var after = await ReadAsync(host, seeded, uncached: false);
        Assert.Equal(await ReadAsync(host, seeded, uncached: true), after);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public void The_write_table_covers_every_action_except_the_reads_and_sdk_login()
    {
        var mapped = new CloudApiActionTable().MapStaffActions().MapSdkActions().Names
            .Except(["DescribeStaffInfoList", "DescribeSkillGroupInfoList", "CreateSDKLoginToken"]);

        Assert.Equal(mapped.Order(), Writes.Keys.Select(k => k.Split('/')[0]).Distinct().Order());
    }

    [Fact]
    public async Task A_repeated_read_returns_the_page_kept_in_memory_even_when_the_database_changed_behind_its_back()
    {
        await using var host = await StaffActionHost.StartAsync();
        await SeedAsync(host);
        var first = await host.CallAsync<DescribeStaffInfoListResponse>(FullStaffPage);

        // Nothing in this process is told about this change, as with another server on the same store.
        await host.WithDbAsync(db => db.Agents.Where(a => a.MailKey == "ann@example.com").ExecuteUpdateAsync(s => s.SetProperty(a => a.Name, "Changed elsewhere"), TestContext.Current.CancellationToken));

        var second = await host.CallAsync<DescribeStaffInfoListResponse>(FullStaffPage);
        Assert.Same(first, second);
        Assert.Equal("Ann", second.StaffList[0].Name);
        Assert.Equal("Changed elsewhere", (await host.CallUncachedAsync<DescribeStaffInfoListResponse>(FullStaffPage)).StaffList[0].Name);
    }

    [Fact]
    public async Task With_a_time_to_live_changes_made_elsewhere_show_once_it_runs_out()
    {
        await using var host = await StaffActionHost.StartAsync(settings: new Dictionary<string, string?> { [StaffReadCacheOptions.MillisecondsKey] = "1000" });
        await SeedAsync(host);
        await host.CallAsync<DescribeSkillGroupInfoListResponse>(SkillGroupPage);
        await host.WithDbAsync(db => db.SkillGroups.Where(g => g.Name == "Spare").ExecuteUpdateAsync(s => s.SetProperty(g => g.Name, "Renamed elsewhere"), TestContext.Current.CancellationToken));

        host.Clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.DoesNotContain("Renamed elsewhere", Names(await host.CallAsync<DescribeSkillGroupInfoListResponse>(SkillGroupPage)));
        host.Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Contains("Renamed elsewhere", Names(await host.CallAsync<DescribeSkillGroupInfoListResponse>(SkillGroupPage)));

        static IEnumerable<string?> Names(DescribeSkillGroupInfoListResponse page) => page.SkillGroupList.Select(g => g.SkillGroupName);
    }

    [Fact]
    public async Task Concurrent_writes_and_reads_never_answer_older_than_the_last_finished_write_nor_half_of_one()
    {
        const int writes = 60;
        await using var host = await StaffActionHost.StartAsync();
        var seeded = await SeedAsync(host);
        var ann = new DescribeStaffInfoListRequest { SdkAppId = App, PageSize = 10, PageNumber = 0, StaffMail = "ann@example.com" };
        var finished = -1;

        // Each write renames Ann to v{i} and, in the same commit, puts her in one group (even i) or two (odd i).
        var writer = Task.Run(async () =>
        {
            for (var i = 0; i < writes; i++)
            {
                await host.CallAsync<ModifyStaffResponse>(new ModifyStaffRequest
                {
                    SdkAppId = App, Email = "ann@example.com", Name = $"v{i}", SkillGroupIds = i % 2 == 0 ? [seeded.Sales] : [seeded.Sales, seeded.Support],
                });
                Volatile.Write(ref finished, i);
            }
        }, TestContext.Current.CancellationToken);
        async Task ReadUntilDoneAsync(bool uncached)
        {
            while (!writer.IsCompleted)
            {
                var floor = Volatile.Read(ref finished);
                var agent = Assert.Single((uncached
                    ? await host.CallUncachedAsync<DescribeStaffInfoListResponse>(ann)
                    : await host.CallAsync<DescribeStaffInfoListResponse>(ann)).StaffList);
                if (agent.Name == "Ann") { Assert.Equal(-1, floor); continue; }
                var version = int.Parse(agent.Name![1..], CultureInfo.InvariantCulture);
                Assert.True(version >= floor, $"read v{version} after v{floor} was written");
                Assert.Equal(version % 2 == 0 ? 1 : 2, agent.SkillGroupList!.Count);
            }
        }
        var readers = new[] { false, false, false, true }.Select(uncached => Task.Run(() => ReadUntilDoneAsync(uncached), TestContext.Current.CancellationToken));
        await Task.WhenAll(readers.Append(writer));

        var final = await ReadAsync(host, seeded, uncached: false);
        Assert.Equal(await ReadAsync(host, seeded, uncached: true), final);
        Assert.Equal($"v{writes - 1}", (await host.DescribeAgentAsync("ann@example.com")).Name);
    }

    private static readonly DescribeStaffInfoListRequest FullStaffPage = new() { SdkAppId = App, PageSize = 10, PageNumber = 0 };
    private static readonly DescribeSkillGroupInfoListRequest SkillGroupPage = new() { SdkAppId = App, PageSize = 10, PageNumber = 0 };

    /// <summary>Sales (Ann, Bob), Support (Bob), Spare (nobody); Cat is in no group.</summary>
    private static async Task<Seeded> SeedAsync(StaffActionHost host)
    {
        var seeded = new Seeded(await host.CreateSkillGroupAsync("Sales"), await host.CreateSkillGroupAsync("Support", type: 1),
            await host.CreateSkillGroupAsync("Spare"), ChangedSince: host.Now + 1);
        var response = await host.CallAsync<CreateStaffResponse>(new CreateStaffRequest
        {
            SdkAppId = App,
            Staffs =
            [
                new SeatUserInfo { Name = "Ann", Mail = "ann@example.com", StaffNumber = "1", SkillGroupNameList = ["Sales"] },
                new SeatUserInfo { Name = "Bob", Mail = "bob@example.com", StaffNumber = "2", SkillGroupNameList = ["Sales", "Support"] },
                new SeatUserInfo { Name = "Cat", Mail = "cat@example.com", StaffNumber = "3" },
            ],
        });
        Assert.Empty(response.ErrorStaffList);
        return seeded;
    }

    /// <summary>Pages of every shape (all, by group, by mail, changed since the seed, skill groups) as one text.</summary>
    private static async Task<string> ReadAsync(StaffActionHost host, Seeded seeded, bool uncached)
    {
        var pages = new List<string>();
        foreach (var request in Requests(seeded))
        {
            CccResponse page = request switch
            {
                DescribeStaffInfoListRequest staff when uncached => await host.CallUncachedAsync<DescribeStaffInfoListResponse>(staff),
                DescribeSkillGroupInfoListRequest groups when uncached => await host.CallUncachedAsync<DescribeSkillGroupInfoListResponse>(groups),
                _ => await host.CallAsync<CccResponse>(request),
            };
            pages.Add(StaffActionHost.Json(page with { RequestId = "" }));
        }
        return string.Join('\n', pages);
    }

    /// <summary>Reads every page twice and checks the second answer came from memory, so a write has something to outdate.</summary>
    private static async Task<string> ReadFromMemoryAsync(StaffActionHost host, Seeded seeded)
    {
        var text = await ReadAsync(host, seeded, uncached: false);
        foreach (var request in Requests(seeded))
            Assert.Same(await host.CallAsync<CccResponse>(request), await host.CallAsync<CccResponse>(request));
        return text;
    }

    private static object[] Requests(Seeded seeded) =>
    [
        FullStaffPage,
        FullStaffPage with { SkillGroupId = seeded.Sales },
        FullStaffPage with { StaffMail = "bob@example.com" },
        FullStaffPage with { ModifiedTime = seeded.ChangedSince },
        SkillGroupPage,
    ];
}
