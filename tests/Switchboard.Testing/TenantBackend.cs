using Switchboard.Client;

namespace Switchboard.Testing;

/// <summary>
/// A customer's business backend for one fresh tenant: it talks to the real server only through
/// <see cref="CccClient"/>, configured the way the client's documentation tells a customer to. The helpers set up
/// skill groups and agents with the same client calls a backend would make.
/// </summary>
public sealed class TenantBackend : IDisposable
{
    private TenantBackend(SwitchboardHost host, TestTenant tenant, CccClient client)
    {
        Host = host;
        Tenant = tenant;
        Client = client;
    }

    public SwitchboardHost Host { get; }

    public TestTenant Tenant { get; }

    public CccClient Client { get; }

    /// <summary>The tenant's application.</summary>
    public long App => Tenant.SdkAppId;

    // Straight to the loopback server even when the machine sets http_proxy, which a default HttpClient would honour.
    private static readonly HttpClient Direct = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = Timeout.InfiniteTimeSpan };

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>A new owner with an application and a key, and a client signing with that key.</summary>
    public static async Task<TenantBackend> ConnectAsync(SwitchboardHost host, Action<CccClientOptions>? configure = null)
    {
        var tenant = await host.CreateTenantAsync();
        return new TenantBackend(host, tenant, CreateClient(host, new CccCredential(tenant.SecretId, tenant.SecretKey), configure));
    }

    /// <summary>A client for <paramref name="host"/> with the documented options, adjusted by <paramref name="configure"/>.</summary>
    public static CccClient CreateClient(SwitchboardHost host, CccCredential credential, Action<CccClientOptions>? configure = null)
    {
        var options = new CccClientOptions { Endpoint = host.Endpoint, Protocol = "http://" };
        configure?.Invoke(options);
        return new CccClient(credential, options, Direct);
    }

    /// <summary>Another client of this tenant's key, e.g. with another sign method or language.</summary>
    public CccClient CreateClient(Action<CccClientOptions> configure) =>
        CreateClient(Host, new CccCredential(Tenant.SecretId, Tenant.SecretKey), configure);

    /// <summary>An agent named after the local part of its mail, in the skill groups named.</summary>
    public static SeatUserInfo Agent(string mail, params string[] skillGroups)
    {
        var local = mail.Split('@')[0];
        return new()
        {
            Name = "Agent " + local,
            Mail = mail,
            StaffNumber = local,
            SkillGroupNameList = skillGroups.Length == 0 ? null : skillGroups,
        };
    }

    public async Task<long> CreateSkillGroupAsync(string name, long type = 0, long? maxConcurrency = null)
    {
        var created = await Client.CreateCCCSkillGroupAsync(new CreateCCCSkillGroupRequest
        {
            SdkAppId = App, SkillGroupName = name, SkillGroupType = type, MaxConcurrency = maxConcurrency,
        }, Cancellation);
        return created.SkillGroupId;
    }

    /// <summary>Creates agents that are all expected to be accepted.</summary>
    public async Task CreateAgentsAsync(params SeatUserInfo[] agents)
    {
        var created = await Client.CreateStaffAsync(new CreateStaffRequest { SdkAppId = App, Staffs = agents }, Cancellation);
        Assert.Empty(created.ErrorStaffList);
    }

    public async Task<StaffInfo> DescribeAgentAsync(string mail)
    {
        var page = await Client.DescribeStaffInfoListAsync(
            new DescribeStaffInfoListRequest { SdkAppId = App, PageSize = 10, PageNumber = 0, StaffMail = mail }, Cancellation);
        return Assert.Single(page.StaffList);
    }

    /// <summary>Every agent of the application, in the server's order.</summary>
    public async Task<IReadOnlyList<StaffInfo>> DescribeAgentsAsync()
    {
        var page = await Client.DescribeStaffInfoListAsync(
            new DescribeStaffInfoListRequest { SdkAppId = App, PageSize = 9999, PageNumber = 0 }, Cancellation);
        Assert.Equal(page.StaffList.Count, page.TotalCount);
        return page.StaffList;
    }

    public async Task<SkillGroupInfoItem?> DescribeSkillGroupAsync(long skillGroupId)
    {
        var page = await Client.DescribeSkillGroupInfoListAsync(
            new DescribeSkillGroupInfoListRequest { SdkAppId = App, PageSize = 10, PageNumber = 0, SkillGroupId = skillGroupId }, Cancellation);
        return page.SkillGroupList.SingleOrDefault();
    }

    /// <summary>The agent's groups as (id, name, priority, type label), the way a backend would display them.</summary>
    public async Task<IReadOnlyList<(long Id, string? Name, long Priority, string? Type)>> SkillGroupsOfAsync(string mail)
    {
        var agent = await DescribeAgentAsync(mail);
        return [.. (agent.SkillGroupList ?? []).Select(g => (g.SkillGroupId, g.SkillGroupName, g.Priority, g.Type))];
    }

    public void Dispose() => Client.Dispose();
}
