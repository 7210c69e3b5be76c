namespace Switchboard.CloudApi;

/// <summary>
/// Actions Switchboard adds beside ccc 2020-02-10, for what TCCC keeps in its web console. They are signed and
/// answered exactly like TCCC's; a TCCC client never calls them, Switchboard's own client and CLI do.
/// </summary>
public static class SwitchboardActionNames
{
    public static readonly System.Collections.Frozen.FrozenSet<string> All = System.Collections.Frozen.FrozenSet.ToFrozenSet([
        "DescribeSkillGroupRouting",
        "ModifySkillGroupRouting",
    ]);
}
