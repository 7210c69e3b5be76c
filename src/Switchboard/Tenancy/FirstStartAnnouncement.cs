namespace Switchboard.Tenancy;

/// <summary>Renders the framed block of credentials printed on the first start.</summary>
internal static class FirstStartAnnouncement
{
    public static void Write(TextWriter output, FirstStartCredentials credentials)
    {
        string[] lines =
        [
            "Switchboard first start: these credentials were created.",
            "",
            $"  SdkAppId        {credentials.SdkAppId}",
            $"  SecretId        {credentials.SecretId}",
            $"  SecretKey       {credentials.SecretKey}",
            "",
            $"  Admin login     {credentials.AdminLogin}",
            $"  Admin password  {credentials.AdminPassword}",
            "",
            "They are shown only this once: store the SecretKey and the password now.",
            "Create more with this executable's commands (run with --help), e.g.:",
            "  switchboard keys create",
            "  switchboard apps create --name NAME",
            "  switchboard admins create --email ADDRESS",
            "where switchboard is this program (from source: dotnet run --project src/Switchboard --).",
        ];
        var width = lines.Max(l => l.Length);
        var border = "+" + new string('-', width + 2) + "+";
        output.WriteLine();
        output.WriteLine(border);
        foreach (var line in lines) output.WriteLine($"| {line.PadRight(width)} |");
        output.WriteLine(border);
        output.WriteLine();
        output.Flush();
    }
}
