namespace Switchboard.Client;

/// <summary>Input of ModifySkillGroupRouting (a Switchboard extension): changes how a skill group routes.</summary>
public sealed record ModifySkillGroupRoutingRequest
{
    /// <summary>The application.</summary>
    public required long SdkAppId { get; init; }

    /// <summary>The skill group and the settings to change; null members keep their value.</summary>
    public required SkillGroupRoutingInfo Routing { get; init; }
}
