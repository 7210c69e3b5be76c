using System.CommandLine;
using Switchboard.Tenancy;

namespace Switchboard.Hosting.Cli;

/// <summary><c>admins create</c> and <c>admins list</c>.</summary>
internal static class AdminCommands
{
    public static Command Create(CliSession session)
    {
        var email = new Option<string>("--email") { Description = "Login e-mail address", Required = true };
        var createOwner = OwnerOption.Create("Owner the admin manages (default: the first owner)");
        var password = new Option<string>("--password")
        {
            Description = $"Password (at least {AdminAccountStore.MinimumPasswordLength} characters; default: generated and printed once)",
        };
        var create = new Command("create", "Create an admin account; prints: id, owner id, e-mail[, generated password]") { email, createOwner, password };
        create.SetAction((parse, ct) => session.RunAgainstStoreAsync(parse, async (services, token) =>
        {
            var ownerId = await services.GetRequiredService<OwnerDirectory>().ResolveAsync(parse.GetValue(createOwner), token);
            var admin = await services.GetRequiredService<AdminAccountStore>()
                .CreateAsync(ownerId, parse.GetRequiredValue(email), parse.GetValue(password), token);
            if (admin.GeneratedPassword is null)
            {
                CliTable.WriteRow(session.Output, CliTable.Number(admin.Id), CliTable.Number(admin.OwnerId), admin.UserName);
                return;
            }
            CliTable.WriteRow(session.Output, CliTable.Number(admin.Id), CliTable.Number(admin.OwnerId), admin.UserName, admin.GeneratedPassword);
            await session.Error.WriteLineAsync("The password is stored only as a hash and cannot be shown again: keep it now.");
        }, ct));

        var listOwner = OwnerOption.Create("Only this owner's admins (default: all)");
        var list = new Command("list", "List admin accounts; one per line: id, owner id, e-mail, created (UTC)") { listOwner };
        list.SetAction((parse, ct) => session.RunAgainstStoreAsync(parse, async (services, token) =>
        {
            foreach (var admin in await services.GetRequiredService<AdminAccountStore>().ListAsync(parse.GetValue(listOwner), token))
            {
                CliTable.WriteRow(session.Output, CliTable.Number(admin.Id), CliTable.Number(admin.OwnerId), admin.UserName,
                    CliTable.Time(admin.CreatedAt));
            }
        }, ct));

        return new Command("admins", "Admin accounts: console logins of an owner") { create, list };
    }
}
