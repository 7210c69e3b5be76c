using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.IntegrationTests.Tenancy;
using Switchboard.Push;
using Switchboard.Storage;

namespace Switchboard.IntegrationTests.Push;

/// <summary><c>apps push</c>: an operator sets the webhook from the command line and resends what failed.</summary>
public sealed class PushCommandTests(SharedStoreFixture fixture) : IClassFixture<SharedStoreFixture>
{
    private TestStore Store => fixture.Store;
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_operator_sets_shows_and_removes_the_webhook()
    {
        var app = (await CliRun.SucceedAsync(Store, "apps", "create", "--name", "Hooks")).Rows[0][0];

        Assert.Equal("\n", (await CliRun.SucceedAsync(Store, "apps", "push", app)).Output.Replace("\r", ""));
        var generated = await CliRun.SucceedAsync(Store, "apps", "push", app, "--url", "https://crm.example.com/hooks");
        Assert.Matches("^[0-9a-f]{64}$", generated.Rows.Single()[0]);
        Assert.Equal("https://crm.example.com/hooks", (await CliRun.SucceedAsync(Store, "apps", "push", app)).Rows.Single()[0]);
        Assert.Empty((await CliRun.SucceedAsync(Store, "apps", "push", app, "--url", "https://crm.example.com/v2", "--secret", "my-own-secret-16+")).Rows);
        await CliRun.SucceedAsync(Store, "apps", "push", app, "--remove");
        Assert.Equal("\n", (await CliRun.SucceedAsync(Store, "apps", "push", app)).Output.Replace("\r", ""));
    }

    public static TheoryData<string[], int, string> Mistakes => new()
    {
        { ["--url", "ftp://example.com/"], 1, "Url must be an absolute http:// or https:// URL." },
        { ["--url", "https://example.com/", "--secret", "short"], 1, "Secret must be 16 to 256 characters" },
        { ["--url", "https://example.com/", "--remove"], 2, "--url and --remove cannot be used together." },
        { ["--secret", "a-long-enough-secret"], 2, "--secret needs --url." },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Mistakes_are_refused_and_change_nothing(string[] args, int exitCode, string message)
    {
        var app = (await CliRun.SucceedAsync(Store, "apps", "create", "--name", "Strict hooks")).Rows[0][0];

        var run = await CliRun.RunAsync(Store, ["apps", "push", app, .. args]);
        var unknown = await CliRun.RunAsync(Store, "apps", "push", "1600000000", "--url", "https://example.com/");

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.Equal("\n", (await CliRun.SucceedAsync(Store, "apps", "push", app)).Output.Replace("\r", ""));
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("Application 1600000000 does not exist", unknown.Error);
    }

    [Fact]
    public async Task Failed_deliveries_are_listed_and_sent_again_by_the_server_with_the_secret_the_cli_stored()
    {
        await using var store = await TestStore.CreateAsync(Cancellation);
        await CliRun.SucceedAsync(store, "owners", "create", "--name", "Ops");
        var app = long.Parse((await CliRun.SucceedAsync(store, "apps", "create", "--name", "Retry")).Rows[0][0]);
        await using var receiver = await WebhookReceiver.StartAsync();
        await CliRun.SucceedAsync(store, "apps", "push", app.ToString(), "--url", receiver.Url, "--secret", PushScenario.Secret);
        await using (var services = store.BuildServices())
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
            db.PushDeliveries.Add(new PushDelivery
            {
                Id = Guid.NewGuid().ToString(), SdkAppId = app, Event = "SessionEnded", Body = """{"Event":"SessionEnded"}""",
                CreatedAtMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), State = PushDeliveryState.Failed, Attempts = 6, LastError = "HTTP 503",
            });
            await db.SaveChangesAsync(Cancellation);
        }

        var failed = await CliRun.SucceedAsync(store, "apps", "push", app.ToString(), "--failed");
        var retried = await CliRun.SucceedAsync(store, "apps", "push", app.ToString(), "--retry-failed");
        await using var host = await SwitchboardHost.StartAsync(PushScenario.Settings(), store: store);
        var push = Assert.Single(await receiver.WaitForAsync(1));

        var row = Assert.Single(failed.Rows);
        Assert.Equal(("SessionEnded", "6", "HTTP 503"), (row[1], row[2], row[4]));
        Assert.Equal("1", retried.Rows.Single()[0]);
        Assert.Equal(row[0], push.Header("X-TCCC-PUSH-UUID"));
        var signed = Encoding.UTF8.GetBytes(push.Header("X-Switchboard-Timestamp") + "." + push.Body);
        Assert.Equal("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(PushScenario.Secret), signed)), push.Header("X-Switchboard-Signature"));
        Assert.Equal(PushDeliveryState.Delivered, await StateEventuallyAsync(host, app, PushDeliveryState.Delivered));
        Assert.Empty((await CliRun.SucceedAsync(store, "apps", "push", app.ToString(), "--failed")).Rows);
    }

    private static async Task<PushDeliveryState> StateEventuallyAsync(SwitchboardHost host, long app, PushDeliveryState wanted)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var state = (await scope.ServiceProvider.GetRequiredService<SwitchboardDb>().PushDeliveries.AsNoTracking()
                .SingleAsync(d => d.SdkAppId == app, Cancellation)).State;
            if (state == wanted || DateTime.UtcNow > deadline) return state;
            await Task.Delay(50, Cancellation);
        }
    }
}
