using Microsoft.EntityFrameworkCore;
using Switchboard.Client;
using Switchboard.CloudApi;

namespace Switchboard.IntegrationTests.Staff;

public sealed class ModifyStaffTests
{
    private const long App = StaffActionHost.App;

    [Fact]
    public async Task Changes_only_the_given_fields_and_the_modification_time()
    {
        await using var host = await StaffActionHost.StartAsync();
        await host.CreateAgentsAsync(App, "a@example.com");
        var before = await host.DescribeAgentAsync("a@example.com");
        host.Clock.Advance(TimeSpan.FromSeconds(90));

        await host.CallAsync<ModifyStaffResponse>(new ModifyStaffRequest
        {
            SdkAppId = App, Email = "A@EXAMPLE.COM", Phone = "008613900000000", ExtensionNumber = "80001", UseMobileCallOut = true, UseMobileAccept = 2,
        });

        var after = await host.DescribeAgentAsync("a@example.com");
        Assert.Equal(StaffActionHost.Json(before with { Phone = "008613900000000", ExtensionNumber = "80001", LastModifyTimestamp = host.Now }),
            StaffActionHost.Json(after));
        var mobile = await host.WithDbAsync(db => db.Agents.Select(a => new { a.UseMobileCallOut, a.UseMobileAccept }).SingleAsync());
        Assert.Equal((true, 2), (mobile.UseMobileCallOut, mobile.UseMobileAccept));
    }

    [Fact]
    public async Task Empty_strings_clear_optional_fields()
    {
        await using var host = await StaffActionHost.StartAsync();
        await host.CreateAgentsAsync(App, "a@example.com");
        await host.CallAsync<ModifyStaffResponse>(new ModifyStaffRequest { SdkAppId = App, Email = "a@example.com", Phone = "008613900000000", Nick = "Nick", ExtensionNumber = "1234" });
        await host.CallAsync<ModifyStaffResponse>(new ModifyStaffRequest { SdkAppId = App, Email = "a@example.com", Phone = "", Nick = "", ExtensionNumber = "" });
        var stored = await host.WithDbAsync(db => db.Agents.Select(a => new { a.Phone, a.Nick, a.ExtensionNumber }).SingleAsync());
        Assert.Equal((null, null, null), (stored.Phone, stored.Nick, stored.ExtensionNumber));
    }

    [Fact]
    public async Task SkillGroupIds_replace_memberships_and_kept_groups_keep_their_priority()
    {
        await using var host = await StaffActionHost.StartAsync();
        var (a, b, c) = (await host.CreateSkillGroupAsync("a"), await host.CreateSkillGroupAsync("b"), await host.CreateSkillGroupAsync("c"));
        await host.CreateAgentsAsync(App, "agent@example.com");
        await host.CallAsync<BindStaffSkillGroupListResponse>(new BindStaffSkillGroupListRequest
        {
            SdkAppId = App, StaffEmail = "agent@example.com",
            StaffSkillGroupList = [new StaffSkillGroupList { SkillGroupId = a, Priority = 1 }, new StaffSkillGroupList { SkillGroupId = b, Priority = 5 }],
        });

        await host.CallAsync<ModifyStaffResponse>(new ModifyStaffRequest { SdkAppId = App, Email = "agent@example.com", SkillGroupIds = [b, c, c] });

        var groups = (await host.DescribeAgentAsync("agent@example.com")).SkillGroupList!;
        Assert.Equal([(b, 5L), (c, 3L)], groups.Select(g => (g.SkillGroupId, g.Priority)));

        await host.CallAsync<ModifyStaffResponse>(new ModifyStaffRequest { SdkAppId = App, Email = "agent@example.com", SkillGroupIds = [] });
        Assert.Empty((await host.DescribeAgentAsync("agent@example.com")).SkillGroupList!);
    }

    public static TheoryData<ModifyStaffRequest, string, string> BadChanges => new()
    {
        { Change() with { Name = "" }, ErrorCodes.InvalidParameterValue, "Name" },
        { Change() with { StaffNo = "  " }, ErrorCodes.InvalidParameterValue, "StaffNo" },
        { Change() with { Phone = "13900000000" }, ErrorCodes.InvalidParameterValue, "Phone" },
        { Change() with { Phone = "008618011111111" }, ErrorCodes.PhoneNumIsBoundOtherAccount, "Phone" },
        { Change() with { ExtensionNumber = "9000" }, ErrorCodes.InvalidParameterValue, "ExtensionNumber" },
        { Change() with { ExtensionNumber = "1001" }, ErrorCodes.InvalidParameterValue, "ExtensionNumber" },
        { Change() with { UseMobileAccept = 3 }, ErrorCodes.InvalidParameterValue, "UseMobileAccept" },
        { Change() with { SkillGroupIds = [424242] }, ErrorCodes.SkillGroupError, "SkillGroupIds" },
        { Change() with { ForwardingConfig = new ForwardingConfig { Enabled = true } }, ErrorCodes.InvalidParameterValue, "ForwardingConfig.Target" },
        { Change() with { ForwardingConfig = new ForwardingConfig { Condition = 3 } }, ErrorCodes.InvalidParameterValue, "ForwardingConfig.Condition" },
        { Forward(new ForwardingTarget { Type = 1, StaffUserId = "Me@example.com" }), ErrorCodes.InvalidParameterValue, "StaffUserId" },
        { Forward(new ForwardingTarget { Type = 1, StaffUserId = "ghost@example.com" }), ErrorCodes.AccountNotExist, "ghost@example.com" },
        { Forward(new ForwardingTarget { Type = 1 }), ErrorCodes.InvalidParameterValue, "ForwardingConfig.Target.StaffUserId" },
        { Forward(new ForwardingTarget { Type = 2, SkillGroupId = 424242 }), ErrorCodes.SkillGroupError, "ForwardingConfig.Target.SkillGroupId" },
        { Forward(new ForwardingTarget { Type = 3, Extension = "80 01" }), ErrorCodes.InvalidParameterValue, "ForwardingConfig.Target.Extension" },
        { Forward(new ForwardingTarget { Type = 4 }), ErrorCodes.InvalidParameterValue, "ForwardingConfig.Target.Type" },
        { Change() with { Email = "ghost@example.com", Name = "Ghost" }, ErrorCodes.AccountNotExist, "ghost@example.com" },
    };

    [Theory]
    [MemberData(nameof(BadChanges))]
    public async Task A_bad_field_fails_the_whole_change_and_leaves_the_agent_untouched(ModifyStaffRequest change, string code, string inMessage)
    {
        await using var host = await StaffActionHost.StartAsync();
        await host.CallAsync<CreateStaffResponse>(new CreateStaffRequest
        {
            SdkAppId = App,
            Staffs =
            [
                new SeatUserInfo { Name = "Me", Mail = "me@example.com", StaffNumber = "1" },
                new SeatUserInfo { Name = "Other", Mail = "other@example.com", StaffNumber = "2", Phone = "008618011111111", ExtensionNumber = "1001" },
            ],
        });
        var before = await host.DescribeAgentAsync("me@example.com");
        host.Clock.Advance(TimeSpan.FromMinutes(1));

        // Every bad change also carries a valid new nick, which must not be applied either.
        var error = await host.FailAsync(change with { Nick = "changed" });

        Assert.Equal(code, error.Code);
        Assert.Contains(inMessage, error.Message);
        Assert.Equal(StaffActionHost.Json(before), StaffActionHost.Json(await host.DescribeAgentAsync("me@example.com")));
    }

    [Fact]
    public async Task Forwarding_is_stored_and_described()
    {
        await using var host = await StaffActionHost.StartAsync();
        var group = await host.CreateSkillGroupAsync("overflow");
        await host.CreateAgentsAsync(App, "a@example.com");
        var config = new ForwardingConfig { Enabled = true, Condition = 2, Target = new ForwardingTarget { Type = 2, SkillGroupId = group } };

        await host.CallAsync<ModifyStaffResponse>(new ModifyStaffRequest { SdkAppId = App, Email = "a@example.com", ForwardingConfig = config });

        Assert.Equal(config, (await host.DescribeAgentAsync("a@example.com")).ForwardingConfig);
    }

    [Fact]
    public async Task Password_is_stored_as_a_pbkdf2_hash_only()
    {
        await using var host = await StaffActionHost.StartAsync();
        await host.CreateAgentsAsync(App, "a@example.com");
        host.Clock.Advance(TimeSpan.FromSeconds(30));

        await host.CallAsync<ModifyStaffPasswordResponse>(new ModifyStaffPasswordRequest { SdkAppId = App, Email = "A@example.com", Password = "Tr0ub4dor&3" });

        var stored = await host.WithDbAsync(db => db.Agents.Select(a => new { a.PasswordHash, a.LastModifyTimestamp }).SingleAsync());
        Assert.StartsWith("pbkdf2-sha256$", stored.PasswordHash);
        Assert.DoesNotContain("Tr0ub4dor&3", stored.PasswordHash);
        Assert.Equal(host.Now, stored.LastModifyTimestamp);
    }

    [Theory]
    [InlineData("a@example.com", "short", ErrorCodes.InvalidParameterValue)]
    [InlineData("ghost@example.com", "long enough", ErrorCodes.AccountNotExist)]
    public async Task Bad_password_changes_are_refused(string mail, string password, string code)
    {
        await using var host = await StaffActionHost.StartAsync();
        await host.CreateAgentsAsync(App, "a@example.com");
        var error = await host.FailAsync(new ModifyStaffPasswordRequest { SdkAppId = App, Email = mail, Password = password });
        Assert.Equal(code, error.Code);
        Assert.Null(await host.WithDbAsync(db => db.Agents.Select(a => a.PasswordHash).SingleAsync()));
    }

    private static ModifyStaffRequest Change() => new() { SdkAppId = App, Email = "me@example.com" };

    private static ModifyStaffRequest Forward(ForwardingTarget target) =>
        Change() with { ForwardingConfig = new ForwardingConfig { Enabled = true, Condition = 1, Target = target } };
}
