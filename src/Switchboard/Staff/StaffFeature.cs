using Microsoft.Extensions.DependencyInjection.Extensions;
using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Staff.Agents;
using Switchboard.Staff.SkillGroups;

namespace Switchboard.Staff;

/// <summary>Agents and skill groups: services and cloud API actions.</summary>
public static class StaffFeature
{
    /// <summary>Registers the services this feature needs.</summary>
    public static IServiceCollection AddStaff(this IServiceCollection services)
    {
        // TryAdd: the presence feature registers the real answer before or after this without a fight.
        services.TryAddSingleton<IAgentPresence, NoLivePresence>();
        services.AddScoped<AgentDirectory>();
        services.TryAddSingleton(provider => new StaffReadCache(
            StaffReadCacheOptions.From(provider.GetService<IConfiguration>()),
            provider.GetService<TimeProvider>() ?? TimeProvider.System));
        return services;
    }

    /// <summary>Adds this feature's actions to the cloud API.</summary>
    public static CloudApiActionTable MapStaffActions(this CloudApiActionTable table) => table
        .Map<CreateStaffRequest, CreateStaffResponse>("CreateStaff", CreateStaffAction.HandleAsync)
        .Map<DescribeStaffInfoListRequest, DescribeStaffInfoListResponse>("DescribeStaffInfoList", DescribeStaffInfoListAction.HandleAsync)
        .Map<ModifyStaffRequest, ModifyStaffResponse>("ModifyStaff", ModifyStaffAction.HandleAsync)
        .Map<ModifyStaffPasswordRequest, ModifyStaffPasswordResponse>("ModifyStaffPassword", ModifyStaffPasswordAction.HandleAsync)
        .Map<DeleteStaffRequest, DeleteStaffResponse>("DeleteStaff", DeleteStaffAction.HandleAsync)
        .Map<BindStaffSkillGroupListRequest, BindStaffSkillGroupListResponse>("BindStaffSkillGroupList", StaffSkillGroupBindingActions.BindAsync)
        .Map<UnbindStaffSkillGroupListRequest, UnbindStaffSkillGroupListResponse>("UnbindStaffSkillGroupList", StaffSkillGroupBindingActions.UnbindAsync)
        .Map<CreateCCCSkillGroupRequest, CreateCCCSkillGroupResponse>("CreateCCCSkillGroup", CreateCCCSkillGroupAction.HandleAsync)
        .Map<DescribeSkillGroupInfoListRequest, DescribeSkillGroupInfoListResponse>("DescribeSkillGroupInfoList", DescribeSkillGroupInfoListAction.HandleAsync)
        .Map<UpdateCCCSkillGroupRequest, UpdateCCCSkillGroupResponse>("UpdateCCCSkillGroup", UpdateCCCSkillGroupAction.HandleAsync)
        .Map<DeleteCCCSkillGroupRequest, DeleteCCCSkillGroupResponse>("DeleteCCCSkillGroup", DeleteCCCSkillGroupAction.HandleAsync);
}
