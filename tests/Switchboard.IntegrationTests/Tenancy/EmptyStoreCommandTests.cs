using Microsoft.Extensions.DependencyInjection;
using Switchboard.IntegrationTests.Infrastructure;
using Switchboard.Tenancy;

namespace Switchboard.IntegrationTests.Tenancy;

public sealed class EmptyStoreCommandTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Commands_create_the_schema_but_never_seed_credentials()
    {
        await using var store = await TestStore.CreateAsync(Token);

        var owners = await CliRun.RunAsync(store, "owners", "list");

        Assert.Equal(0, owners.ExitCode);
        Assert.Equal("", owners.Output);
        Assert.Equal("", owners.Error);
        await using var services = store.BuildServices();
        Assert.Empty(await services.GetRequiredService<ApiKeyStore>().ListAsync(null, Token));
    }

    [Fact]
    public async Task Creating_without_any_owner_explains_how_to_get_one()
    {
        await using var store = await TestStore.CreateAsync(Token);

        var run = await CliRun.RunAsync(store, "keys", "create");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no owner yet", run.Error);
        Assert.Contains("owners create", run.Error);
    }
}
