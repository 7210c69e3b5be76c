using Switchboard.Presence;

namespace Switchboard.Tests.Presence;

public sealed class StatusDurationsTests
{
    [Fact]
    public void Each_state_counts_from_its_change_to_the_next_and_the_last_until_now()
    {
        var durations = StatusDurations.Between(0, 100_000, AgentStatus.Offline,
            [(10_000, AgentStatus.Free), (40_500, AgentStatus.Rest), (70_000, AgentStatus.Free), (90_000, AgentStatus.Offline)]);

        Assert.Equal(50, durations.SecondsIn(AgentStatus.Free));
        Assert.Equal(29, durations.SecondsIn(AgentStatus.Rest));
        Assert.Equal(20, durations.SecondsIn(AgentStatus.Offline));
        // Each figure is rounded down on its own: 50.5 s free and 29.5 s at rest are 80 s online.
        Assert.Equal(80, durations.OnlineSeconds);
    }

    [Fact]
    public void Without_changes_the_whole_span_is_in_the_starting_state()
    {
        var durations = StatusDurations.Between(5_000, 65_000, AgentStatus.NotReady, []);
        Assert.Equal(60, durations.SecondsIn(AgentStatus.NotReady));
        Assert.Equal(60, durations.OnlineSeconds);
    }

    [Fact]
    public void Changes_outside_the_span_count_only_inside_it()
    {
        var durations = StatusDurations.Between(10_000, 20_000, AgentStatus.Free, [(5_000, AgentStatus.Busy), (25_000, AgentStatus.Rest)]);
        Assert.Equal(0, durations.SecondsIn(AgentStatus.Free));
        Assert.Equal(10, durations.SecondsIn(AgentStatus.Busy));
        Assert.Equal(0, durations.SecondsIn(AgentStatus.Rest));
    }
}
