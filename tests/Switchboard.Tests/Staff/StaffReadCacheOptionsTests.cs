using Microsoft.Extensions.Configuration;
using Switchboard.Staff;

namespace Switchboard.Tests.Staff;

public sealed class StaffReadCacheOptionsTests
{
    private const string Postgres = "Host=db;Database=switchboard";

    public static TheoryData<string?, string?, long?> TimeToLiveCases => new()
    {
        // Postgres connection string, Staff:ReadCacheMilliseconds, expected milliseconds (null: no time limit)
        { null, null, null },
        { Postgres, null, 1000 },
        { null, "250", 250 },
        { Postgres, "250", 250 },
        { null, "0", 0 },
        { Postgres, "0", 0 },
        { Postgres, "-1", null },
        { null, " ", null },
    };

    [Theory]
    [MemberData(nameof(TimeToLiveCases))]
    public void Time_to_live_depends_on_the_store_unless_configured(string? postgres, string? milliseconds, long? expected)
    {
        var options = StaffReadCacheOptions.From(Configuration(("ConnectionStrings:Postgres", postgres), (StaffReadCacheOptions.MillisecondsKey, milliseconds)));

        Assert.Equal(expected is null ? null : TimeSpan.FromMilliseconds(expected.Value), options.TimeToLive);
        Assert.Equal(expected != 0, options.Enabled);
    }

    [Fact]
    public void Without_configuration_a_single_node_caches_until_invalidated_within_the_default_budget()
    {
        var options = StaffReadCacheOptions.From(null);

        Assert.Null(options.TimeToLive);
        Assert.Equal(StaffReadCacheOptions.DefaultMaxRows, options.MaxRows);
    }

    [Fact]
    public void The_row_budget_can_be_configured()
    {
        Assert.Equal(500, StaffReadCacheOptions.From(Configuration((StaffReadCacheOptions.MaxRowsKey, "500"))).MaxRows);
    }

    [Theory]
    [InlineData("Staff:ReadCacheMilliseconds", "soon")]
    [InlineData("Staff:ReadCacheMilliseconds", "1.5")]
    [InlineData("Staff:ReadCacheMaxRows", "0")]
    [InlineData("Staff:ReadCacheMaxRows", "many")]
    public void A_malformed_setting_stops_start_up_naming_the_key(string key, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => StaffReadCacheOptions.From(Configuration((key, value))));

        Assert.StartsWith(key, error.Message);
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
}
