using Microsoft.Extensions.DependencyInjection;
using Switchboard.IntegrationTests.Infrastructure;
using Switchboard.IntegrationTests.Tenancy;
using Switchboard.Presence;

namespace Switchboard.IntegrationTests.Presence;

/// <summary><c>apps rest-reasons</c>: what an operator sees and sets, and what the server then offers agents.</summary>
public sealed class RestReasonCommandTests(SharedStoreFixture fixture) : IClassFixture<SharedStoreFixture>
{
    private TestStore Store => fixture.Store;

    [Fact]
    public async Task A_new_application_offers_the_default_reasons_until_the_operator_sets_its_own()
    {
        var sdkAppId = (await CliRun.SucceedAsync(Store, "apps", "create", "--name", "Breaks")).Rows[0][0];

        var defaults = await CliRun.SucceedAsync(Store, "apps", "rest-reasons", sdkAppId);
        Assert.Equal(["Meal", "Meeting", "Training"], defaults.Rows.Select(r => r[0]));

        var set = await CliRun.SucceedAsync(Store, "apps", "rest-reasons", sdkAppId, "--set", "Lunch", "Coaching", "--set", "Prayer");
        Assert.Equal(["Lunch", "Coaching", "Prayer"], set.Rows.Select(r => r[0]));

        await using var server = Store.BuildServices();
        var catalog = new RestReasonCatalog(server.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System);
        Assert.Equal(["Lunch", "Coaching", "Prayer"], await catalog.ForApplicationAsync(long.Parse(sdkAppId), TestContext.Current.CancellationToken));
    }

    public static TheoryData<string[], string> Mistakes => new()
    {
        { ["apps", "rest-reasons", "1600000000"], "Application 1600000000 does not exist" },
        { ["apps", "rest-reasons", "1600000000", "--set", "Meal"], "Application 1600000000 does not exist" },
        { ["--set", "Meal", "Meal"], "'Meal' is listed twice" },
        { ["--set", new string('x', 33)], "1 to 32 printable characters" },
        { ["--set", "  "], "1 to 32 printable characters" },
        { ["--set", .. Enumerable.Range(0, 21).Select(i => $"R{i}")], "1 to 20 rest reasons" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Mistakes_are_refused_and_change_nothing(string[] args, string message)
    {
        var sdkAppId = (await CliRun.SucceedAsync(Store, "apps", "create", "--name", "Strict")).Rows[0][0];
        var full = args[0] == "apps" ? args : ["apps", "rest-reasons", sdkAppId, .. args];

        var run = await CliRun.RunAsync(Store, full);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.Equal(["Meal", "Meeting", "Training"], (await CliRun.SucceedAsync(Store, "apps", "rest-reasons", sdkAppId)).Rows.Select(r => r[0]));
    }
}
