using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Sdk;
using Switchboard.Staff;
using Switchboard.Storage;

namespace Switchboard.IntegrationTests.NodeInterop;

/// <summary>
/// What the server stored for a backend, read straight from its database: the effects an SDK answer
/// alone cannot show (settings Describe does not return, password hashes, tokens, deleted rows).
/// </summary>
internal static class TenantRecords
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>The agent with its memberships, or null when it does not exist.</summary>
    public static async Task<Agent?> FindAgentAsync(this NodeSdkBackend backend, string mail)
    {
        await using var scope = backend.Host.Services.CreateAsyncScope();
        var key = AgentDirectory.MailKey(mail);
        return await scope.ServiceProvider.GetRequiredService<SwitchboardDb>().Agents.AsNoTracking()
            .Include(a => a.Memberships)
            .SingleOrDefaultAsync(a => a.SdkAppId == backend.App && a.MailKey == key, Cancellation);
    }

    public static async Task<long[]> SkillGroupIdsAsync(this NodeSdkBackend backend)
    {
        await using var scope = backend.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SwitchboardDb>().SkillGroups
            .Where(g => g.SdkAppId == backend.App)
            .OrderBy(g => g.Id)
            .Select(g => g.Id)
            .ToArrayAsync(Cancellation);
    }

    /// <summary>Presents a login token as the agent's page will (through the server's own token service).</summary>
    public static async Task<SdkLoginRedemption> RedeemSdkTokenAsync(this NodeSdkBackend backend, string mail, string token)
    {
        await using var scope = backend.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SdkLoginTokenService>().RedeemAsync(backend.App, mail, token, Cancellation);
    }
}
