namespace Switchboard.Testing;

/// <summary>Where the checked-out repository is, found from the test binaries so no path is hard-coded.</summary>
public static class RepositoryLayout
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder that holds Switchboard.slnx.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The npm project that drives the server with the official Tencent Cloud Node.js SDK.</summary>
    public static string InteropNodeDirectory => Path.Combine(Root, "tests", "interop-node");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Switchboard.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No Switchboard.slnx above {AppContext.BaseDirectory}: the tests must run from a repository checkout.");
    }
}
