using Microsoft.Extensions.DependencyInjection;
using Switchboard.Tenancy;

namespace Switchboard.Testing;

/// <summary>Creates owners, applications and keys through the server's own tenancy services (as the CLI does).</summary>
public static class TenantProvisioning
{
    public static async Task<(long OwnerId, long SdkAppId, string SecretId, string SecretKey)> CreateOwnerWithKeyAsync(IServiceProvider services)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var owner = await services.GetRequiredService<OwnerDirectory>().CreateAsync($"owner-{Guid.NewGuid():N}", cancellation);
        var application = await services.GetRequiredService<ApplicationDirectory>().CreateAsync(owner.Id, "Test application", cancellation);
        var key = await services.GetRequiredService<ApiKeyStore>().CreateAsync(owner.Id, "integration tests", cancellation);
        return (owner.Id, application.SdkAppId, key.SecretId, key.SecretKey);
    }
}
