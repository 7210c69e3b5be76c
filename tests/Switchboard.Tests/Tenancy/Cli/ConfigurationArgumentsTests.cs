using Switchboard.Hosting.Cli;

namespace Switchboard.Tests.Tenancy.Cli;

public sealed class ConfigurationArgumentsTests
{
    public static TheoryData<string[], string[], string[]> Splits => new()
    {
        { ["apps", "list"], [], ["apps", "list"] },
        { ["apps", "list", "--Storage:DataDirectory", "/srv/sb"], ["--Storage:DataDirectory", "/srv/sb"], ["apps", "list"] },
        { ["--ConnectionStrings:Postgres=Host=db;Database=sb", "keys", "list"], ["--ConnectionStrings:Postgres=Host=db;Database=sb"], ["keys", "list"] },
        { ["keys", "revoke", "--Storage:DataDirectory", "d", "AKIDx"], ["--Storage:DataDirectory", "d"], ["keys", "revoke", "AKIDx"] },
        // Plain server options are not ours to take: the root command hands them on as unmatched tokens.
        { ["--urls", "http://127.0.0.1:6000"], [], ["--urls", "http://127.0.0.1:6000"] },
        { ["apps", "create", "--name", "a:b"], [], ["apps", "create", "--name", "a:b"] },
    };

    [Theory]
    [MemberData(nameof(Splits))]
    public void Configuration_overrides_are_taken_out_wherever_they_stand(string[] args, string[] configuration, string[] command)
    {
        var (actualConfiguration, actualCommand) = ConfigurationArguments.Split(args);

        Assert.Equal(configuration, actualConfiguration);
        Assert.Equal(command, actualCommand);
    }

    [Theory]
    [InlineData(new string[0], null)]
    [InlineData(new[] { "--urls", "http://127.0.0.1:6000" }, null)]
    [InlineData(new[] { "--urls=http://127.0.0.1:6000", "--environment", "Development" }, null)]
    [InlineData(new[] { "/urls", "http://127.0.0.1:6000" }, null)]
    [InlineData(new[] { "urls=http://127.0.0.1:6000" }, null)]
    [InlineData(new[] { "apss", "list" }, "apss")]
    [InlineData(new[] { "--urls" }, "--urls")]
    [InlineData(new[] { "--urls", "http://127.0.0.1:6000", "stray" }, "stray")]
    [InlineData(new[] { "--", "x" }, "--")]
    public void Words_that_are_no_server_setting_are_reported(string[] tokens, string? stray)
    {
        Assert.Equal(stray, ConfigurationArguments.FindStray(tokens));
    }
}
