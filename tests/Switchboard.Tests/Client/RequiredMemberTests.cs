using System.Reflection;
using System.Runtime.CompilerServices;
using Switchboard.Client;

namespace Switchboard.Tests.Client;

/// <summary>
/// The request records are the wire contract: the server answers MissingParameter from their
/// <c>required</c> members, so these sets must match TCCC's (tencentcloud-sdk-nodejs 4.1.313 ccc_models).
/// Every action's request record gets a row here.
/// </summary>
public sealed class RequiredMemberTests
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
        { typeof(SetStaffStatusRequest), ["SdkAppId", "StaffStatusList"] },
        { typeof(SetStaffStatusItem), ["StaffUserId", "Status"] },
        { typeof(ForceMemberOfflineRequest), ["SdkAppId", "UserId"] },
        { typeof(RestoreMemberOnlineRequest), ["SdkAppId", "UserId"] },
        { typeof(DescribeStaffStatusMetricsRequest), ["SdkAppId"] },
        { typeof(DescribeStaffStatusHistoryRequest), ["SdkAppId", "StaffUserId", "StartTimestamp", "EndTimestamp"] },
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
}
