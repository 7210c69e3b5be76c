using Microsoft.Extensions.Configuration;
using Switchboard.Push;

namespace Switchboard.Tests.Push;

/// <summary>The retry schedule and the <c>Push</c> settings.</summary>
public sealed class PushOptionsTests
{
    [Fact]
    public void The_default_schedule_doubles_from_one_second_and_spans_about_half_a_minute()
    {
        var options = PushOptions.From(new ConfigurationBuilder().Build());

        var waits = Enumerable.Range(1, options.MaxAttempts - 1).Select(n => options.DelayAfter(n).TotalSeconds).ToList();

        Assert.Equal(6, options.MaxAttempts);
        Assert.Equal([1, 2, 4, 8, 16], waits);
        Assert.Equal(TimeSpan.FromSeconds(10), options.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(15), options.Lease);
    }

    [Fact]
    public void Waits_stop_growing_at_the_maximum_and_never_overflow()
    {
        var options = Options(("Push:FirstDelaySeconds", "1"), ("Push:MaxDelaySeconds", "600"));

        Assert.Equal(512, options.DelayAfter(10).TotalSeconds);
        Assert.Equal(600, options.DelayAfter(11).TotalSeconds);
        Assert.Equal(600, options.DelayAfter(int.MaxValue).TotalSeconds);
    }

    [Fact]
    public void Finished_deliveries_are_kept_thirty_days_unless_told_otherwise_and_zero_keeps_them_for_good()
    {
        Assert.Equal(TimeSpan.FromDays(30), Options().Retention);
        Assert.Equal(TimeSpan.FromDays(7), Options(("Push:RetentionDays", "7")).Retention);
        Assert.Null(Options(("Push:RetentionDays", "0")).Retention);
    }

    [Theory]
    [InlineData("Push:MaxAttempts", "0", "Push:MaxAttempts must be between 1 and 100, not 0.")]
    [InlineData("Push:TimeoutSeconds", "0", "Push:TimeoutSeconds must be between 0.1 and 300 seconds")]
    [InlineData("Push:FirstDelaySeconds", "-1", "Push:FirstDelaySeconds must be between")]
    [InlineData("Push:Concurrency", "1000", "Push:Concurrency must be between 1 and 256")]
    [InlineData("Push:RetentionDays", "-1", "Push:RetentionDays must be between 0 (keep for good) and 36500 days")]
    public void Settings_out_of_range_stop_the_server_naming_the_setting(string key, string value, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Options((key, value)));
        Assert.StartsWith(message, error.Message);
    }

    private static PushOptions Options(params (string Key, string Value)[] settings) =>
        PushOptions.From(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build());
}
