using Switchboard.CloudApi;

namespace Switchboard.Staff;

/// <summary>Agents and skill groups: services and cloud API actions.</summary>
public static class StaffFeature
{
    /// <summary>Registers the services this feature needs.</summary>
    public static IServiceCollection AddStaff(this IServiceCollection services) => services;

    /// <summary>Adds this feature's actions to the cloud API.</summary>
    public static CloudApiActionTable MapStaffActions(this CloudApiActionTable table) => table;
}
