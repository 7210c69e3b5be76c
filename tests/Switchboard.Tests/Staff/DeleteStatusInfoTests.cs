using Switchboard.CloudApi;
using Switchboard.Staff.Agents;

namespace Switchboard.Tests.Staff;

public sealed class DeleteStatusInfoTests
{
    [Fact]
    public void Reports_only_what_happened()
    {
        Assert.Equal("Deleted 3 agent(s).", DeleteStaffAction.Describe(3, [], [], CloudApiLanguages.English));
    }

    [Fact]
    public void Names_online_and_unknown_agents()
    {
        var text = DeleteStaffAction.Describe(1, ["busy@x.com"], ["ghost@x.com", "nobody@x.com"], CloudApiLanguages.English);
        Assert.Equal("Deleted 1 agent(s). Online, not deleted: busy@x.com. Not found: ghost@x.com, nobody@x.com.", text);
    }

    [Fact]
    public void Speaks_chinese_when_asked()
    {
        var text = DeleteStaffAction.Describe(0, ["busy@x.com"], [], CloudApiLanguages.Chinese);
        Assert.Equal("已删除 0 个座席。在线未删除：busy@x.com。", text);
    }
}
