using Switchboard.CloudApi;

namespace Switchboard.Sdk;

/// <summary>Agent SDK login: CreateSDKLoginToken and the one-time token store.</summary>
public static class SdkFeature
{
    /// <summary>Registers the services this feature needs.</summary>
    public static IServiceCollection AddSdkLogin(this IServiceCollection services) => services;

    /// <summary>Adds this feature's actions to the cloud API.</summary>
    public static CloudApiActionTable MapSdkActions(this CloudApiActionTable table) => table;
}
