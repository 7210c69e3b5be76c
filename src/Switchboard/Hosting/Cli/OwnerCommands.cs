using System.CommandLine;
using Switchboard.Tenancy;

namespace Switchboard.Hosting.Cli;

/// <summary><c>owners create</c> and <c>owners list</c>.</summary>
internal static class OwnerCommands
{
    public static Command Create(CliSession session)
    {
        var name = new Option<string>("--name") { Description = "Name of the owner (a customer of this installation)", Required = true };
        var create = new Command("create", "Create an owner; prints: id, name") { name };
        create.SetAction((parse, ct) => session.RunAgainstStoreAsync(parse, async (services, token) =>
        {
            var owner = await services.GetRequiredService<OwnerDirectory>().CreateAsync(parse.GetRequiredValue(name), token);
            CliTable.WriteRow(session.Output, CliTable.Number(owner.Id), owner.Name);
        }, ct));

        var list = new Command("list", "List owners; one per line: id, name, created (UTC)");
        list.SetAction((parse, ct) => session.RunAgainstStoreAsync(parse, async (services, token) =>
        {
            foreach (var owner in await services.GetRequiredService<OwnerDirectory>().ListAsync(token))
                CliTable.WriteRow(session.Output, CliTable.Number(owner.Id), owner.Name, CliTable.Time(owner.CreatedAt));
        }, ct));

        return new Command("owners", "Owners: the customers that own applications, keys and admins") { create, list };
    }
}
