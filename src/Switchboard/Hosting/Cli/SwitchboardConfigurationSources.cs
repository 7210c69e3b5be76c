using System.Reflection;

namespace Switchboard.Hosting.Cli;

/// <summary>
/// The configuration sources of the server and of the management commands, kept in one place so a
/// command reads exactly the store the server would use.
/// </summary>
public static class SwitchboardConfigurationSources
{
    /// <summary>Prefix of environment variables meant for Switchboard only, e.g. <c>SWITCHBOARD_Storage__DataDirectory</c>.</summary>
    public const string EnvironmentPrefix = "SWITCHBOARD_";

    /// <summary>
    /// Adds the <c>SWITCHBOARD_</c> environment variables, then <paramref name="args"/> again so that the
    /// command line keeps the last word. Call on a builder that already has the standard ASP.NET sources.
    /// </summary>
    public static IConfigurationBuilder AddSwitchboardOverrides(this IConfigurationBuilder builder, string[] args) =>
        builder.AddEnvironmentVariables(EnvironmentPrefix).AddCommandLine(args);

    /// <summary>
    /// The same sources, in the same order, as <c>WebApplication.CreateBuilder</c> plus
    /// <see cref="AddSwitchboardOverrides"/>, without building a web host.
    /// </summary>
    internal static IConfigurationRoot BuildWithoutHost(string[] args)
    {
        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environments.Production;
        var builder = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true);
        if (environment == Environments.Development)
            builder.AddUserSecrets(Assembly.GetExecutingAssembly(), optional: true);
        return builder.AddEnvironmentVariables().AddSwitchboardOverrides(args).Build();
    }
}
