using System.CommandLine;
using Switchboard.Tenancy;

namespace Switchboard.Hosting.Cli;

/// <summary><c>keys create</c>, <c>keys list</c> and <c>keys revoke</c>.</summary>
internal static class KeyCommands
{
    public static Command Create(CliSession session)
    {
        var createOwner = OwnerOption.Create("Owner whose applications the key may call (default: the first owner)");
        var description = new Option<string>("--description") { Description = "A note on who uses the key" };
        var create = new Command("create", "Create an API key; prints: SecretId, SecretKey (shown only this once)") { createOwner, description };
        create.SetAction((parse, ct) => session.RunAgainstStoreAsync(parse, async (services, token) =>
        {
            var ownerId = await services.GetRequiredService<OwnerDirectory>().ResolveAsync(parse.GetValue(createOwner), token);
            var key = await services.GetRequiredService<ApiKeyStore>().CreateAsync(ownerId, parse.GetValue(description), token);
            CliTable.WriteRow(session.Output, key.SecretId, key.SecretKey);
            await session.Error.WriteLineAsync("The SecretKey is stored encrypted and cannot be shown again: keep it now.");
        }, ct));

        var listOwner = OwnerOption.Create("Only this owner's keys (default: all)");
        var list = new Command("list", "List API keys without secrets; one per line: SecretId, owner id, active|revoked, created (UTC), description") { listOwner };
        list.SetAction((parse, ct) => session.RunAgainstStoreAsync(parse, async (services, token) =>
        {
            foreach (var key in await services.GetRequiredService<ApiKeyStore>().ListAsync(parse.GetValue(listOwner), token))
            {
                CliTable.WriteRow(session.Output, key.SecretId, CliTable.Number(key.OwnerId), key.IsRevoked ? "revoked" : "active",
                    CliTable.Time(key.CreatedAt), key.Description);
            }
        }, ct));

        var secretId = new Argument<string>("SECRETID") { Description = "The key to revoke" };
        var revoke = new Command("revoke", "Revoke an API key; prints: SecretId, revoked") { secretId };
        revoke.SetAction((parse, ct) => session.RunAgainstStoreAsync(parse, async (services, token) =>
        {
            var key = await services.GetRequiredService<ApiKeyStore>().RevokeAsync(parse.GetRequiredValue(secretId), token);
            CliTable.WriteRow(session.Output, key.SecretId, "revoked");
        }, ct));

        return new Command("keys", "API keys: SecretId/SecretKey pairs that sign cloud API requests") { create, list, revoke };
    }
}
