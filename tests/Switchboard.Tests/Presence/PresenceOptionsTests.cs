using Microsoft.Extensions.Configuration;
using Switchboard.Presence;

namespace Switchboard.Tests.Presence;

public sealed class PresenceOptionsTests
{
    private static PresenceOptions Read(params (string Key, string Value)[] settings) =>
        PresenceOptions.From(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create("Presence:" + s.Key, (string?)s.Value))).Build());

    [Fact]
    public void Defaults_are_thirty_seconds_of_grace_and_of_after_call_work_and_free_on_login()
    {
        var options = Read();
        Assert.Equal((TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30), AgentStatus.Free, TimeZoneInfo.Utc),
            (options.DisconnectGrace, options.AfterCallWork, options.InitialStatus, options.DayTimeZone));
    }

    [Fact]
    public void Settings_are_read()
    {
        var options = Read(("DisconnectGraceSeconds", "5"), ("AfterCallWorkSeconds", "0"), ("InitialStatus", "notReady"));
        Assert.Equal((TimeSpan.FromSeconds(5), TimeSpan.Zero, AgentStatus.NotReady), (options.DisconnectGrace, options.AfterCallWork, options.InitialStatus));
    }

    [Theory]
    [InlineData("InitialStatus", "rest", "Presence:InitialStatus must be 'free' or 'notReady'")]
    [InlineData("InitialStatus", "busy", "Presence:InitialStatus must be 'free' or 'notReady'")]
    [InlineData("DisconnectGraceSeconds", "-1", "Presence:DisconnectGraceSeconds must be between 0 and 86400")]
    [InlineData("AfterCallWorkSeconds", "90000", "Presence:AfterCallWorkSeconds must be between 0 and 86400")]
    [InlineData("TimeZone", "Mars/Olympus", "Presence:TimeZone must be a time zone id")]
    public void Values_out_of_range_stop_the_server_naming_the_setting(string key, string value, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read((key, value)));
        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void The_day_starts_at_midnight_of_the_configured_time_zone()
    {
        var shanghai = Read(("TimeZone", "Asia/Shanghai"));
        var now = new DateTimeOffset(2026, 11, 24, 17, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.Zero), shanghai.StartOfDay(now));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero), Read().StartOfDay(now));
    }
}
