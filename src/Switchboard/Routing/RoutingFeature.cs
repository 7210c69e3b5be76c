using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.Routing.Actions;

namespace Switchboard.Routing;

/// <summary>Routing's cloud API actions (Switchboard extensions for the settings TCCC keeps in its console).</summary>
public static class RoutingFeature
{
    /// <summary>Adds ModifySkillGroupRouting and DescribeSkillGroupRouting.</summary>
    public static CloudApiActionTable MapRoutingActions(this CloudApiActionTable table) => table
        .Map<ModifySkillGroupRoutingRequest, ModifySkillGroupRoutingResponse>("ModifySkillGroupRouting", SkillGroupRoutingActions.ModifyAsync)
        .Map<DescribeSkillGroupRoutingRequest, DescribeSkillGroupRoutingResponse>("DescribeSkillGroupRouting", SkillGroupRoutingActions.DescribeAsync);
}
