using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Switchboard.Client;

namespace Switchboard.Tests.Staff;

/// <summary>
/// The request records are the wire contract: the server answers MissingParameter from their
/// <c>required</c> members, so these sets must match TCCC's (tencentcloud-sdk-nodejs 4.1.313 ccc_models).
/// </summary>
public sealed class ContractShapeTests
{
    public static TheoryData<Type, string[]> RequiredMembers => new()
    {
        { typeof(CreateSDKLoginTokenRequest), ["SdkAppId", "SeatUserId"] },
        { typeof(CreateStaffRequest), ["SdkAppId", "Staffs"] },
        { typeof(SeatUserInfo), ["Name", "Mail", "StaffNumber"] },
        { typeof(DescribeStaffInfoListRequest), ["SdkAppId", "PageSize", "PageNumber"] },
        { typeof(ModifyStaffRequest), ["SdkAppId", "Email"] },
        { typeof(ModifyStaffPasswordRequest), ["SdkAppId", "Email", "Password"] },
        { typeof(DeleteStaffRequest), ["SdkAppId", "StaffList"] },
        { typeof(BindStaffSkillGroupListRequest), ["SdkAppId", "StaffEmail", "StaffSkillGroupList"] },
        { typeof(StaffSkillGroupList), ["SkillGroupId"] },
        { typeof(UnbindStaffSkillGroupListRequest), ["SdkAppId", "StaffEmail", "SkillGroupList"] },
        { typeof(CreateCCCSkillGroupRequest), ["SdkAppId", "SkillGroupName", "SkillGroupType"] },
        { typeof(DescribeSkillGroupInfoListRequest), ["SdkAppId", "PageSize", "PageNumber"] },
        { typeof(UpdateCCCSkillGroupRequest), ["SdkAppId", "SkillGroupID"] },
        { typeof(DeleteCCCSkillGroupRequest), ["SdkAppId", "SkillGroupId"] },
        { typeof(ForwardingConfig), [] },
        { typeof(ForwardingTarget), [] },
    };

    [Theory]
    [MemberData(nameof(RequiredMembers))]
    public void Required_members_are_exactly_tcccs_required_fields(Type type, string[] expected)
    {
        var required = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.IsDefined(typeof(RequiredMemberAttribute)))
            .Select(p => p.Name);
        Assert.Equal(expected.Order(), required.Order());
    }

    [Theory]
    [MemberData(nameof(RequiredMembers))]
    public void Optional_members_are_nullable_so_absent_means_absent(Type type, string[] required)
    {
        var nullability = new NullabilityInfoContext();
        foreach (var property in type.GetProperties().Where(p => !required.Contains(p.Name)))
            Assert.True(Nullable.GetUnderlyingType(property.PropertyType) is not null
                || nullability.Create(property).WriteState == NullabilityState.Nullable, $"{type.Name}.{property.Name} should be nullable");
    }

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
