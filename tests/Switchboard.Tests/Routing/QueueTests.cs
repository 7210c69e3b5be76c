using Switchboard.Routing;

namespace Switchboard.Tests.Routing;

/// <summary>The queue: priority first, arrival order within a priority, positions published as they change.</summary>
public sealed class QueueTests
{
    private static RoutingHarness RoutingWithNobodyFree()
    {
        var routing = new RoutingHarness();
        routing.Group(1, RoutingChannel.Phone);
        // Logged in but notReady: sessions wait instead of ending with "no agent online".
        routing.Agent("a", [1], available: false);
        routing.Do(e => e.SetAvailability("a", AgentAvailability.Unavailable));
        return routing;
    }

    [Fact]
    public void Higher_priority_goes_first_and_equal_priorities_keep_arrival_order()
    {
        var routing = RoutingWithNobodyFree();
        routing.Enqueue("low-1", 1, priority: 0);
        routing.Enqueue("high-1", 1, priority: 5);
        routing.Enqueue("low-2", 1, priority: 0);
        routing.Enqueue("high-2", 1, priority: 5);
        routing.Enqueue("mid", 1, priority: 2);

        Assert.Equal(["high-1", "high-2", "mid", "low-1", "low-2"], routing.Engine.GetQueue(1));
        Assert.Equal(3, routing.Engine.GetSession("mid")!.QueuePosition);
    }

    [Fact]
    public void Sessions_are_offered_in_queue_order()
    {
        var routing = RoutingWithNobodyFree();
        string[] arrivals = ["low-1", "high-1", "low-2", "high-2"];
        foreach (var id in arrivals) routing.Enqueue(id, 1, priority: id.StartsWith("high", StringComparison.Ordinal) ? 1 : 0);
        routing.Do(e => e.SetAvailability("a", AgentAvailability.Available));

        var served = new List<string>();
        while (routing.Log.OfType<SessionOffered>().LastOrDefault() is { } offer && !served.Contains(offer.SessionId))
        {
            served.Add(offer.SessionId);
            routing.Do(e => e.Accept(offer.SessionId, "a"));
            routing.Do(e => e.End(offer.SessionId));
        }

        Assert.Equal(["high-1", "high-2", "low-1", "low-2"], served);
    }

    [Fact]
    public void Each_customer_hears_their_position_when_it_changes_and_only_then()
    {
        var routing = RoutingWithNobodyFree();
        Assert.Contains(new QueuePositionChanged("s1", 1, 1), routing.Enqueue("s1", 1));
        Assert.Equal([new QueuePositionChanged("s2", 1, 2)], routing.Enqueue("s2", 1));
        Assert.Equal([new QueuePositionChanged("vip", 1, 1), new QueuePositionChanged("s1", 1, 2), new QueuePositionChanged("s2", 1, 3)],
            routing.Enqueue("vip", 1, priority: 9));

        var outcomes = routing.Do(e => e.SetAvailability("a", AgentAvailability.Available));

        Assert.Equal("vip", Assert.IsType<SessionOffered>(outcomes[0]).SessionId);
        Assert.Equal([new QueuePositionChanged("s1", 1, 1), new QueuePositionChanged("s2", 1, 2)], outcomes.Skip(1));
        Assert.Equal(0, routing.Engine.GetSession("vip")!.QueuePosition);
    }

    [Fact]
    public void A_customer_leaving_the_queue_moves_those_behind_up()
    {
        var routing = RoutingWithNobodyFree();
        routing.Enqueue("s1", 1);
        routing.Enqueue("s2", 1);

        var outcomes = routing.Do(e => e.End("s1"));

        Assert.Equal([new SessionEnded("s1", 1, RoutingEndStatus.CustomerLeftQueue, null), new QueuePositionChanged("s2", 1, 1)], outcomes);
    }

    [Fact]
    public void A_session_whose_offer_rang_out_returns_ahead_of_later_arrivals()
    {
        var routing = new RoutingHarness();
        routing.Group(1, RoutingChannel.Phone, g => g with { NotReadyOnNoAnswer = true });
        routing.Agent("a", [1]);
        routing.Enqueue("first", 1);
        routing.Enqueue("second", 1);
        Assert.Equal(["second"], routing.Engine.GetQueue(1));

        routing.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal(["first", "second"], routing.Engine.GetQueue(1));
        Assert.Equal(1, routing.Engine.GetSession("first")!.QueuePosition);
        Assert.Equal(RoutingHarness.Start, routing.Engine.GetSession("first")!.EnqueuedAt);
    }
}
