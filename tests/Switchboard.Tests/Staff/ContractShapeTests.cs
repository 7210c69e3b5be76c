using System.Text.Json;
using Switchboard.Client;

namespace Switchboard.Tests.Staff;

/// <summary>How the staff and skill-group records look on the wire (names, casing, absent fields).</summary>
public sealed class ContractShapeTests
{
    [Fact]
    public void UpdateCCCSkillGroup_keeps_the_capital_ID_on_the_wire()
    {
        var json = JsonSerializer.Serialize(new UpdateCCCSkillGroupRequest { SdkAppId = 1600000001, SkillGroupID = 7, RingAll = true }, CccJson.Options);
        Assert.Equal("""{"SdkAppId":1600000001,"SkillGroupID":7,"RingAll":true}""", json);
    }

    [Fact]
    public void A_node_sdk_CreateStaff_body_binds_to_the_request_record()
    {
        const string body = """
            {"SdkAppId":1400000001,"Staffs":[{"Name":"A","Mail":"a@x.com","StaffNumber":"001","SkillGroupNameList":["g1"],"Role":3}],"SendPassword":false}
            """;
        var request = JsonSerializer.Deserialize<CreateStaffRequest>(body, CccJson.Options)!;
        var staff = Assert.Single(request.Staffs);
        Assert.Equal(("a@x.com", 3L, "g1"), (staff.Mail, staff.Role, Assert.Single(staff.SkillGroupNameList!)));
        Assert.False(request.SendPassword);
    }

    [Fact]
    public void A_tccc_StaffInfo_reads_with_the_scalar_RoleIdList()
    {
        const string body = """
            {"Name":"A","Mail":"a@x.com","RoleId":3,"RoleIdList":3,"RoleList":[3],"SkillGroupList":[{"SkillGroupId":5,"SkillGroupName":"g","Priority":1,"Type":"TEL"}],"LastModifyTimestamp":1700000000}
            """;
        var staff = JsonSerializer.Deserialize<StaffInfo>(body, CccJson.Options)!;
        Assert.Equal(3, staff.RoleIdList);
        Assert.Equal("TEL", Assert.Single(staff.SkillGroupList!).Type);
    }

    [Fact]
    public void Absent_optional_fields_are_not_sent()
    {
        var json = JsonSerializer.Serialize(new ModifyStaffRequest { SdkAppId = 1, Email = "a@x.com", Nick = "" }, CccJson.Options);
        Assert.Equal("""{"SdkAppId":1,"Email":"a@x.com","Nick":""}""", json);
    }
}
