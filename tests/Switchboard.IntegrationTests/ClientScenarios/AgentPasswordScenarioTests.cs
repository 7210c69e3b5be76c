using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.IntegrationTests.Infrastructure;
using Switchboard.Staff;
using Switchboard.Storage;

namespace Switchboard.IntegrationTests.ClientScenarios;

/// <summary>A backend sets an agent's password with ModifyStaffPassword.</summary>
public sealed class AgentPasswordScenarioTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_latest_password_is_the_one_that_verifies_and_it_is_never_stored_in_clear()
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host);
        await backend.CreateAgentsAsync(TenantBackend.Agent("ann@example.com"), TenantBackend.Agent("bob@example.com"));

        await backend.Client.ModifyStaffPasswordAsync(new() { SdkAppId = backend.App, Email = "Ann@Example.com", Password = "Correct-Horse-1" }, Cancellation);
        var first = await StoredHashAsync(backend, "ann@example.com");
        await backend.Client.ModifyStaffPasswordAsync(new() { SdkAppId = backend.App, Email = "ann@example.com", Password = "Battery-Staple-2" }, Cancellation);
        var second = await StoredHashAsync(backend, "ann@example.com");

        Assert.DoesNotContain("Correct-Horse-1", first);
        Assert.True(StoredPassword.Verifies("Correct-Horse-1", first));
        Assert.True(StoredPassword.Verifies("Battery-Staple-2", second));
        Assert.False(StoredPassword.Verifies("Correct-Horse-1", second));
        Assert.Null(await StoredHashAsync(backend, "bob@example.com"));
    }

    [Theory]
    [InlineData("ann@example.com", "short", "InvalidParameterValue")]
    [InlineData("ann@example.com", "", "InvalidParameterValue")]
    [InlineData("zed@example.com", "Long-Enough-1", "InvalidParameterValue.AccountNotExist")]
    public async Task A_refused_password_leaves_the_old_one(string mail, string password, string code)
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host);
        await backend.CreateAgentsAsync(TenantBackend.Agent("ann@example.com"));
        await backend.Client.ModifyStaffPasswordAsync(new() { SdkAppId = backend.App, Email = "ann@example.com", Password = "Old-Password-1" }, Cancellation);
        var before = await StoredHashAsync(backend, "ann@example.com");

        await ApiError.ExpectAsync(code, () => backend.Client.ModifyStaffPasswordAsync(
            new() { SdkAppId = backend.App, Email = mail, Password = password }, Cancellation));

        Assert.Equal(before, await StoredHashAsync(backend, "ann@example.com"));
    }

    private static async Task<string?> StoredHashAsync(TenantBackend backend, string mail)
    {
        await using var scope = backend.Host.Services.CreateAsyncScope();
        var key = AgentDirectory.MailKey(mail);
        return await scope.ServiceProvider.GetRequiredService<SwitchboardDb>().Agents
            .Where(a => a.SdkAppId == backend.App && a.MailKey == key)
            .Select(a => a.PasswordHash)
            .SingleAsync(Cancellation);
    }
}
