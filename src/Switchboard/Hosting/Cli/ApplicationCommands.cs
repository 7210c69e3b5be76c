using System.CommandLine;
using Switchboard.Tenancy;

namespace Switchboard.Hosting.Cli;

/// <summary><c>apps create</c>, <c>apps list</c>, <c>apps rest-reasons</c> and <c>apps push</c>.</summary>
internal static class ApplicationCommands
{
    public static Command Create(CliSession session)
    {
        var name = new Option<string>("--name") { Description = "Name of the application", Required = true };
        var createOwner = OwnerOption.Create("Owner of the application (default: the first owner)");
        var create = new Command("create", "Create an application; prints: SdkAppId, owner id, name") { name, createOwner };
        create.SetAction((parse, ct) => session.RunAgainstStoreAsync(parse, async (services, token) =>
        {
            var ownerId = await services.GetRequiredService<OwnerDirectory>().ResolveAsync(parse.GetValue(createOwner), token);
            var application = await services.GetRequiredService<ApplicationDirectory>().CreateAsync(ownerId, parse.GetRequiredValue(name), token);
            CliTable.WriteRow(session.Output, CliTable.Number(application.SdkAppId), CliTable.Number(application.OwnerId), application.Name);
        }, ct));

        var listOwner = OwnerOption.Create("Only this owner's applications (default: all)");
        var list = new Command("list", "List applications; one per line: SdkAppId, owner id, name, created (UTC)") { listOwner };
        list.SetAction((parse, ct) => session.RunAgainstStoreAsync(parse, async (services, token) =>
        {
            foreach (var application in await services.GetRequiredService<ApplicationDirectory>().ListAsync(parse.GetValue(listOwner), token))
            {
                CliTable.WriteRow(session.Output, CliTable.Number(application.SdkAppId), CliTable.Number(application.OwnerId),
                    application.Name, CliTable.Time(application.CreatedAt));
            }
        }, ct));

        return new Command("apps", "Applications: the SdkAppIds that agents, skill groups and records belong to") { create, list, RestReasonCommands.Create(session), PushCommands.Create(session) };
    }
}
