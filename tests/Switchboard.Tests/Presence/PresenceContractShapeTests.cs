using System.Reflection;
using System.Runtime.CompilerServices;
using Switchboard.Client;

namespace Switchboard.Tests.Presence;

/// <summary>The presence request records' required members are TCCC's required fields (tencentcloud-sdk-nodejs ccc_models).</summary>
public sealed class PresenceContractShapeTests
{
    public static TheoryData<Type, string[]> RequiredMembers => new()
    {
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
