using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.IntegrationTests.Infrastructure;
using Switchboard.Tenancy;

namespace Switchboard.IntegrationTests.Tenancy;

public sealed class ManagementCommandTests(SharedStoreFixture fixture) : IClassFixture<SharedStoreFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;
    private TestStore Store => fixture.Store;

    [Fact]
    public async Task An_application_created_by_the_CLI_is_listed_with_its_owner()
    {
        var created = await CliRun.SucceedAsync(Store, "apps", "create", "--name", "Support line");

        var (sdkAppId, ownerId, name) = (created.Rows[0][0], created.Rows[0][1], created.Rows[0][2]);
        Assert.Matches("^160[0-9]{7}$", sdkAppId);
        Assert.Equal(fixture.FirstOwnerId, ownerId);
        Assert.Equal("Support line", name);
        var listed = await CliRun.SucceedAsync(Store, "apps", "list");
        var row = Assert.Single(listed.Rows, r => r[0] == sdkAppId);
        Assert.Equal([sdkAppId, ownerId, "Support line"], row[..3]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", row[3]);
    }

    [Fact]
    public async Task A_key_created_by_the_CLI_signs_for_its_owner_and_is_listed_without_its_secret()
    {
        var created = await CliRun.SucceedAsync(Store, "keys", "create", "--description", "billing backend");

        var (secretId, secretKey) = (created.Rows[0][0], created.Rows[0][1]);
        Assert.Matches("^AKID[A-Za-z0-9]{32}$", secretId);
        Assert.Matches("^[A-Za-z0-9]{32}$", secretKey);
        Assert.Contains("cannot be shown again", created.Error);

        var listed = await CliRun.SucceedAsync(Store, "keys", "list");
        var row = Assert.Single(listed.Rows, r => r[0] == secretId);
        Assert.Equal([secretId, fixture.FirstOwnerId, "active"], row[..3]);
        Assert.Equal("billing backend", row[4]);
        Assert.DoesNotContain(secretKey, listed.Output);

        await using var server = Store.BuildServices();
        var signingKey = await server.GetRequiredService<ApiKeyStore>().FindSigningKeyAsync(secretId, Token);
        Assert.NotNull(signingKey);
        Assert.Equal(secretKey, Encoding.UTF8.GetString(signingKey.SecretKeyUtf8));
        Assert.Equal(fixture.FirstOwnerId, signingKey.OwnerId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_key_revoked_by_the_CLI_no_longer_signs()
    {
        var secretId = (await CliRun.SucceedAsync(Store, "keys", "create")).Rows[0][0];

        var revoked = await CliRun.SucceedAsync(Store, "keys", "revoke", secretId);

        Assert.Equal([secretId, "revoked"], revoked.Rows[0]);
        var listed = await CliRun.SucceedAsync(Store, "keys", "list", "--owner", fixture.FirstOwnerId);
        Assert.Equal("revoked", Assert.Single(listed.Rows, r => r[0] == secretId)[2]);
        await using var server = Store.BuildServices();
        Assert.Null(await server.GetRequiredService<ApiKeyStore>().FindSigningKeyAsync(secretId, Token));
    }

    [Fact]
    public async Task An_admin_created_with_a_generated_password_can_log_in_with_it()
    {
        var email = $"Ops-{Guid.NewGuid():N}@Example.com";

        var created = await CliRun.SucceedAsync(Store, "admins", "create", "--email", email);

        var (id, ownerId, login, password) = (created.Rows[0][0], created.Rows[0][1], created.Rows[0][2], created.Rows[0][3]);
        Assert.Equal(fixture.FirstOwnerId, ownerId);
        Assert.Equal(email.ToLowerInvariant(), login);
        Assert.Matches("^[A-Za-z0-9]{20}$", password);
        var listed = await CliRun.SucceedAsync(Store, "admins", "list");
        Assert.Equal([id, ownerId, login], Assert.Single(listed.Rows, r => r[0] == id)[..3]);
        Assert.DoesNotContain(password, listed.Output);

        await using var server = Store.BuildServices();
        var admins = server.GetRequiredService<AdminAccountStore>();
        Assert.NotNull(await admins.VerifyPasswordAsync(email, password, Token));
        Assert.Null(await admins.VerifyPasswordAsync(email, password + "x", Token));
    }

    [Fact]
    public async Task An_admin_created_with_a_chosen_password_gets_no_password_printed()
    {
        var email = $"chosen-{Guid.NewGuid():N}@example.com";

        var created = await CliRun.SucceedAsync(Store, "admins", "create", "--email", email, "--password", "a chosen passphrase");

        Assert.Equal(3, created.Rows[0].Length);
        await using var server = Store.BuildServices();
        Assert.NotNull(await server.GetRequiredService<AdminAccountStore>().VerifyPasswordAsync(email, "a chosen passphrase", Token));
    }

    [Fact]
    public async Task The_owner_option_decides_whose_application_is_created_and_listed()
    {
        var other = (await CliRun.SucceedAsync(Store, "owners", "create", "--name", "Other owner")).Rows[0][0];

        var sdkAppId = (await CliRun.SucceedAsync(Store, "apps", "create", "--name", "Theirs", "--owner", other)).Rows[0][0];

        var theirs = await CliRun.SucceedAsync(Store, "apps", "list", "--owner", other);
        var ours = await CliRun.SucceedAsync(Store, "apps", "list", "--owner", fixture.FirstOwnerId);
        Assert.Equal([sdkAppId], theirs.Rows.Select(r => r[0]));
        Assert.DoesNotContain(ours.Rows, r => r[0] == sdkAppId);
        Assert.Contains((await CliRun.SucceedAsync(Store, "owners", "list")).Rows, r => r[0] == other && r[1] == "Other owner");
    }

    public static TheoryData<string[], int, string> Mistakes => new()
    {
        { ["apps", "create", "--name", "X", "--owner", "999999"], 1, "Owner 999999 does not exist" },
        { ["keys", "create", "--owner", "999999"], 1, "Owner 999999 does not exist" },
        { ["keys", "revoke", "AKIDdoesnotexist"], 1, "AKIDdoesnotexist does not exist" },
        { ["admins", "create", "--email", "not-an-address"], 1, "not an e-mail address" },
        { ["admins", "create", "--email", "short@example.com", "--password", "short"], 1, "at least 10 characters" },
        { ["owners", "create", "--name", "  "], 1, "must not be empty" },
        { ["apps", "create", "--name", new string('x', 201)], 1, "longer than 200 characters" },
        { ["apps", "create"], 2, "--name" },
        { ["apps", "create", "--name", "X", "--owner", "abc"], 2, "--owner expects an owner id" },
        { ["apps", "create", "--name", "X", "--colour", "blue"], 2, "unrecognized argument '--colour'" },
        { ["keys", "revoke"], 2, "SECRETID" },
        { ["apss", "list"], 2, "unknown command or argument 'apss'" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Mistakes_end_with_a_clear_error_and_a_failure_exit_code(string[] args, int exitCode, string message)
    {
        var run = await CliRun.RunAsync(Store, args);

        Assert.Equal(exitCode, run.ExitCode);
        Assert.StartsWith("error: ", run.Error);
        Assert.Contains(message, run.Error);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public async Task A_second_admin_with_the_same_login_is_refused_whatever_the_case()
    {
        var email = $"twice-{Guid.NewGuid():N}@example.com";
        await CliRun.SucceedAsync(Store, "admins", "create", "--email", email);

        var again = await CliRun.RunAsync(Store, "admins", "create", "--email", email.ToUpperInvariant());

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Error);
    }
}
