using System.Globalization;

namespace Switchboard.LoadKit;

/// <summary>The server process's resident memory, read from /proc (Linux), in bytes.</summary>
public static class ServerMemory
{
    /// <summary>VmRSS of process <paramref name="pid"/>.</summary>
    public static long ResidentBytes(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (!line.StartsWith("VmRSS:", StringComparison.Ordinal)) continue;
            var kilobytes = line["VmRSS:".Length..].Trim().Split(' ')[0];
            return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
        }
        throw new InvalidOperationException($"no VmRSS for process {pid}");
    }
}
