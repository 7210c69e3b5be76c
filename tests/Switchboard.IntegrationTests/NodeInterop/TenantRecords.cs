using System.Security.Cryptography;
using System.Text;
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

    /// <summary>
    /// Recomputes the documented stored form <c>pbkdf2-sha256$iterations$salt$hash</c>, so a test knows the
    /// exact password the SDK sent (every character, whatever the encoding on the wire) is the one stored.
    /// </summary>
    public static bool PasswordVerifies(string password, string? stored)
    {
        var parts = stored?.Split('$');
        Assert.NotNull(parts);
        Assert.Equal(4, parts.Length);
        Assert.Equal("pbkdf2-sha256", parts[0]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), Convert.FromBase64String(parts[2]),
            int.Parse(parts[1]), HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
