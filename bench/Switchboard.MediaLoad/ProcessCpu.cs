namespace Switchboard.MediaLoad;

/// <summary>CPU time a process has used (user + system), read from /proc/PID/stat.</summary>
public static class ProcessCpu
{
    // /proc reports clock ticks; USER_HZ is 100 on Linux for every architecture .NET runs on.
    private const double TicksPerSecond = 100;

    /// <summary>Seconds of CPU the process has used so far.</summary>
    public static double Seconds(int processId)
    {
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        // The command name may contain spaces; the fields after its closing parenthesis are space-separated.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11]) + long.Parse(fields[12])) / TicksPerSecond;
    }
}
