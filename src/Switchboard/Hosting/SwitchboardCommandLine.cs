namespace Switchboard.Hosting;

/// <summary>The <c>switchboard</c> executable's commands. Without a command it serves.</summary>
public static class SwitchboardCommandLine
{
    /// <summary>Parses <paramref name="args"/> and runs the chosen command; answers the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        await using var app = SwitchboardServer.Build(args);
        await app.RunAsync();
        return 0;
    }
}
