namespace Switchboard.Presence;

/// <summary>
/// Wire names of <see cref="AgentStatus"/>. The Web SDK says <c>arrange</c> where the cloud API's status
/// metrics say <c>afterCallWork</c>; both spellings are the same state.
/// </summary>
public static class AgentStatusNames
{
    /// <summary>The Web SDK name: <c>free</c>, <c>busy</c>, <c>arrange</c>, <c>notReady</c>, <c>rest</c>, <c>offline</c>.</summary>
    public static string ForSdk(AgentStatus status) => status switch
    {
        AgentStatus.Free => "free",
        AgentStatus.Busy => "busy",
        AgentStatus.Arrange => "arrange",
        AgentStatus.NotReady => "notReady",
        AgentStatus.Rest => "rest",
        _ => "offline",
    };

    /// <summary>The cloud API name (DescribeStaffStatusMetrics, status history): as the SDK, but <c>afterCallWork</c>.</summary>
    public static string ForCloudApi(AgentStatus status) =>
        status == AgentStatus.Arrange ? "afterCallWork" : ForSdk(status);

    /// <summary>Reads either spelling, case-sensitively as TCCC does.</summary>
    public static bool TryParse(string? name, out AgentStatus status)
    {
        switch (name)
        {
            case "free": status = AgentStatus.Free; return true;
            case "busy": status = AgentStatus.Busy; return true;
            case "arrange" or "afterCallWork": status = AgentStatus.Arrange; return true;
            case "notReady": status = AgentStatus.NotReady; return true;
            case "rest": status = AgentStatus.Rest; return true;
            case "offline": status = AgentStatus.Offline; return true;
            default: status = AgentStatus.Offline; return false;
        }
    }
}
