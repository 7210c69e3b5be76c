using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.IntegrationTests.Infrastructure;
using Switchboard.Storage;
using Switchboard.Tenancy;

namespace Switchboard.IntegrationTests.Tenancy;

public sealed class SecretsAtRestTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_SecretKey_or_password_is_stored_in_plain_text()
    {
        await using var store = await TestStore.CreateAsync(Token);
        var console = new StringWriter();
        await using (var services = store.BuildServices(s => s.Configure<FirstStartOptions>(o => o.Output = console)))
        {
            await services.PrepareStorageAsync(Token);
        }
        var keys = new List<string[]>();
        for (var i = 0; i < 3; i++) keys.Add((await CliRun.SucceedAsync(store, "keys", "create")).Rows[0]);
        var admin = (await CliRun.SucceedAsync(store, "admins", "create", "--email", "ops@example.com")).Rows[0];

        var stored = await store.ReadEverythingStoredAsync(Token);

        foreach (var (secretId, secretKey) in keys.Select(k => (k[0], k[1])))
        {
            // The SecretId is stored as is: finding it proves the scan sees the rows at all.
            Assert.True(Contains(stored, secretId), $"{secretId} should be readable in the store");
            Assert.False(Contains(stored, secretKey), "a SecretKey is stored in plain text");
        }
        Assert.False(Contains(stored, admin[3]), "an admin password is stored in plain text");
        var bootstrapKey = Regex.Match(console.ToString(), @"\|\s+SecretKey\s+([A-Za-z0-9]{32})\s").Groups[1].Value;
        Assert.NotEmpty(bootstrapKey);
        Assert.False(Contains(stored, bootstrapKey), "the first start's SecretKey is stored in plain text");
    }

    private static bool Contains(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0;
}
