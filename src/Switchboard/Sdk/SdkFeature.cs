using Switchboard.Client;
using Switchboard.CloudApi;

namespace Switchboard.Sdk;

/// <summary>Agent SDK login: CreateSDKLoginToken and the one-time token store.</summary>
public static class SdkFeature
{
    /// <summary>Registers the services this feature needs (it also relies on <c>AddStaff</c>'s AgentDirectory).</summary>
    public static IServiceCollection AddSdkLogin(this IServiceCollection services) =>
        services.AddScoped<SdkLoginTokenService>();

    /// <summary>Adds this feature's actions to the cloud API.</summary>
    public static CloudApiActionTable MapSdkActions(this CloudApiActionTable table) =>
        table.Map<CreateSDKLoginTokenRequest, CreateSDKLoginTokenResponse>("CreateSDKLoginToken", CreateSdkLoginTokenAction.HandleAsync);
}
