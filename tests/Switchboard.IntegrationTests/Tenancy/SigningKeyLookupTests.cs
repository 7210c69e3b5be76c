using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Switchboard.IntegrationTests.Infrastructure;
using Switchboard.Storage;
using Switchboard.Tenancy;

namespace Switchboard.IntegrationTests.Tenancy;

public sealed class SigningKeyLookupTests(SharedStoreFixture fixture) : IClassFixture<SharedStoreFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_key_revoked_by_the_running_server_stops_signing_at_once()
    {
        await using var server = await StartServerAsync();
        var keys = server.GetRequiredService<ApiKeyStore>();
        var key = await keys.CreateAsync(long.Parse(fixture.FirstOwnerId, System.Globalization.CultureInfo.InvariantCulture), null, Token);
        Assert.NotNull(await keys.FindSigningKeyAsync(key.SecretId, Token));

        await keys.RevokeAsync(key.SecretId, Token);

        Assert.Null(await keys.FindSigningKeyAsync(key.SecretId, Token));
    }

    [Fact]
    public async Task A_key_revoked_by_another_process_stops_signing_once_the_cache_lifetime_has_passed()
    {
        await using var server = await StartServerAsync();
        var keys = server.GetRequiredService<ApiKeyStore>();
        var secretId = (await CliRun.SucceedAsync(fixture.Store, "keys", "create")).Rows[0][0];
        Assert.NotNull(await keys.FindSigningKeyAsync(secretId, Token));

        await CliRun.SucceedAsync(fixture.Store, "keys", "revoke", secretId);

        // The documented bound: another process's revocation is seen within FoundKeyLifetime.
        Assert.NotNull(await keys.FindSigningKeyAsync(secretId, Token));
        _time.Advance(ApiKeyStore.FoundKeyLifetime);
        Assert.Null(await keys.FindSigningKeyAsync(secretId, Token));
    }

    [Fact]
    public async Task Unknown_and_oversized_SecretIds_find_no_key()
    {
        await using var server = await StartServerAsync();
        var keys = server.GetRequiredService<ApiKeyStore>();

        Assert.Null(await keys.FindSigningKeyAsync("AKID" + new string('x', 32), Token));
        Assert.Null(await keys.FindSigningKeyAsync("AKID" + new string('x', 5_000), Token));
    }

    [Fact]
    public async Task An_owner_owns_its_applications_and_no_one_else_s()
    {
        var other = (await CliRun.SucceedAsync(fixture.Store, "owners", "create", "--name", "Neighbour")).Rows[0][0];
        var ours = (await CliRun.SucceedAsync(fixture.Store, "apps", "create", "--name", "Ours")).Rows[0][0];
        var theirs = (await CliRun.SucceedAsync(fixture.Store, "apps", "create", "--name", "Theirs", "--owner", other)).Rows[0][0];
        await using var server = await StartServerAsync();
        var applications = server.GetRequiredService<ApplicationDirectory>();
        var (us, them) = (Id(fixture.FirstOwnerId), Id(other));

        Assert.True(await applications.IsOwnedByAsync(us, Id(ours), Token));
        Assert.False(await applications.IsOwnedByAsync(us, Id(theirs), Token));
        Assert.True(await applications.IsOwnedByAsync(them, Id(theirs), Token));
        Assert.False(await applications.IsOwnedByAsync(them, Id(ours), Token));
        Assert.False(await applications.IsOwnedByAsync(us, CredentialGenerator.LastSdkAppId, Token));
    }

    [Fact]
    public async Task An_application_created_by_another_process_is_usable_within_a_second()
    {
        await using var server = await StartServerAsync();
        var applications = server.GetRequiredService<ApplicationDirectory>();
        var owner = Id(fixture.FirstOwnerId);
        Assert.False(await applications.IsOwnedByAsync(owner, CredentialGenerator.LastSdkAppId, Token));

        var created = Id((await CliRun.SucceedAsync(fixture.Store, "apps", "create", "--name", "Fresh")).Rows[0][0]);

        _time.Advance(ApplicationDirectory.MissRefreshInterval);
        Assert.True(await applications.IsOwnedByAsync(owner, created, Token));
    }

    [Fact]
    public async Task An_application_created_by_the_running_server_is_usable_at_once()
    {
        await using var server = await StartServerAsync();
        var applications = server.GetRequiredService<ApplicationDirectory>();
        var owner = Id(fixture.FirstOwnerId);
        Assert.False(await applications.IsOwnedByAsync(owner, CredentialGenerator.LastSdkAppId, Token));

        var created = await applications.CreateAsync(owner, "Made here", Token);

        Assert.True(await applications.IsOwnedByAsync(owner, created.SdkAppId, Token));
    }

    private async Task<ServiceProvider> StartServerAsync()
    {
        var server = fixture.Store.BuildServices(s => s.AddSingleton<TimeProvider>(_time));
        await server.PrepareStorageAsync(Token);
        return server;
    }

    private static long Id(string text) => long.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
