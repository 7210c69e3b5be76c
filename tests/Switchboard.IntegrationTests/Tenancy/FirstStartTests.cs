using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.IntegrationTests.Infrastructure;
using Switchboard.Storage;
using Switchboard.Tenancy;

namespace Switchboard.IntegrationTests.Tenancy;

public sealed class FirstStartTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_first_start_seeds_the_store_and_prints_working_credentials_once()
    {
        await using var store = await TestStore.CreateAsync(Token);

        var firstStart = await StartAsync(store);
        var secondStart = await StartAsync(store);

        Assert.Equal("", secondStart);
        var sdkAppId = long.Parse(Field(firstStart, "SdkAppId"), System.Globalization.CultureInfo.InvariantCulture);
        var secretId = Field(firstStart, "SecretId");
        var secretKey = Field(firstStart, "SecretKey");
        var adminPassword = Field(firstStart, "Admin password");
        Assert.InRange(sdkAppId, 1_600_000_000, 1_609_999_999);
        Assert.Matches("^AKID[A-Za-z0-9]{32}$", secretId);
        Assert.Matches("^[A-Za-z0-9]{32}$", secretKey);
        Assert.Equal("admin@localhost", Field(firstStart, "Admin login"));
        Assert.Contains("shown only this once", firstStart);
        Assert.Contains("keys create", firstStart);

        await using var services = store.BuildServices();
        var owner = Assert.Single(await services.GetRequiredService<OwnerDirectory>().ListAsync(Token));
        Assert.Equal("default", owner.Name);
        var application = Assert.Single(await services.GetRequiredService<ApplicationDirectory>().ListAsync(null, Token));
        Assert.Equal(sdkAppId, application.SdkAppId);
        Assert.Single(await services.GetRequiredService<ApiKeyStore>().ListAsync(null, Token));
        Assert.Single(await services.GetRequiredService<AdminAccountStore>().ListAsync(null, Token));

        var signingKey = await services.GetRequiredService<ApiKeyStore>().FindSigningKeyAsync(secretId, Token);
        Assert.NotNull(signingKey);
        Assert.Equal(owner.Id, signingKey.OwnerId);
        Assert.Equal(secretKey, Encoding.UTF8.GetString(signingKey.SecretKeyUtf8));
        Assert.True(await services.GetRequiredService<ApplicationDirectory>().IsOwnedByAsync(owner.Id, sdkAppId, Token));
        Assert.NotNull(await services.GetRequiredService<AdminAccountStore>().VerifyPasswordAsync("admin@localhost", adminPassword, Token));
    }

    [Fact]
    public async Task The_credentials_block_is_framed_and_names_every_value_on_its_own_line()
    {
        await using var store = await TestStore.CreateAsync(Token);

        var lines = (await StartAsync(store)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();

        Assert.StartsWith("+---", lines[0]);
        Assert.StartsWith("+---", lines[^1]);
        Assert.All(lines, l => Assert.Equal(lines[0].Length, l.Length));
        Assert.All(lines[1..^1], l => Assert.Matches(@"^\| .* \|$", l));
    }

    [Fact]
    public async Task A_store_that_already_has_an_owner_is_not_seeded()
    {
        await using var store = await TestStore.CreateAsync(Token);
        await CliRun.SucceedAsync(store, "owners", "create", "--name", "Acme");

        var output = await StartAsync(store);

        Assert.Equal("", output);
        await using var services = store.BuildServices();
        Assert.Empty(await services.GetRequiredService<ApplicationDirectory>().ListAsync(null, Token));
        Assert.Empty(await services.GetRequiredService<ApiKeyStore>().ListAsync(null, Token));
    }

    [Fact]
    public async Task Nodes_starting_together_on_an_empty_store_seed_it_once()
    {
        await using var store = await TestStore.CreateAsync(Token);

        var outputs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => StartAsync(store), Token)));

        Assert.Single(outputs, o => o.Length > 0);
        await using var services = store.BuildServices();
        Assert.Single(await services.GetRequiredService<OwnerDirectory>().ListAsync(Token));
        Assert.Single(await services.GetRequiredService<ApiKeyStore>().ListAsync(null, Token));
    }

    /// <summary>What a server start prints while preparing the store.</summary>
    private static async Task<string> StartAsync(TestStore store)
    {
        var console = new StringWriter();
        await using var services = store.BuildServices(s => s.Configure<FirstStartOptions>(o => o.Output = console));
        await services.PrepareStorageAsync(Token);
        return console.ToString();
    }

    private static string Field(string block, string label)
    {
        var match = Regex.Match(block, $@"^\|\s+{Regex.Escape(label)}\s+(\S+)\s+\|\r?$", RegexOptions.Multiline);
        Assert.True(match.Success, $"'{label}' is missing from:\n{block}");
        return match.Groups[1].Value;
    }
}
