using System.CommandLine;
using System.Globalization;

namespace Switchboard.Hosting.Cli;

/// <summary>The <c>--owner ID</c> option shared by several commands.</summary>
internal static class OwnerOption
{
    public static Option<long?> Create(string description) => new("--owner")
    {
        Description = description,
        HelpName = "ID",
        CustomParser = result =>
        {
            var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
            if (long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0) return id;
            result.AddError($"--owner expects an owner id (a positive number), not '{token}'.");
            return null;
        },
    };
}
