using Switchboard.Routing;

namespace Switchboard.Tests.Routing;

/// <summary>Per-agent, per-channel concurrency: offers reserve a slot; nothing beyond the limit is offered.</summary>
public sealed class CapacityTests
{
    [Fact]
    public void A_chat_agent_takes_up_to_their_capacity_and_the_next_chat_waits_for_a_free_slot()
    {
        var routing = new RoutingHarness();
        routing.Group(1, with: g => g with { MaxConcurrency = 5, AutoAccept = true });
        routing.Agent("a", [1], new AgentCapacity(Chat: 2));

        routing.Enqueue("c1", 1);
        routing.Enqueue("c2", 1);
        routing.Enqueue("c3", 1);

        Assert.Equal(RoutingSessionState.Waiting, routing.StateOf("c3"));
        Assert.Equal(2, routing.Engine.GetAgent("a")!.ChatLoad);
        routing.Do(e => e.End("c1"));
        Assert.Equal("a", routing.OfferedTo("c3"));
    }

    [Fact]
    public void The_groups_max_concurrency_caps_an_agent_with_more_room()
    {
        var routing = new RoutingHarness();
        routing.Group(1, with: g => g with { MaxConcurrency = 1, AutoAccept = true });
        routing.Agent("a", [1], new AgentCapacity(Chat: 5));

        routing.Enqueue("c1", 1);
        routing.Enqueue("c2", 1);

        Assert.Equal(RoutingSessionState.Waiting, routing.StateOf("c2"));
    }

    [Fact]
    public void A_ringing_offer_holds_the_slot()
    {
        var routing = new RoutingHarness();
        routing.Group(1, RoutingChannel.Phone);
        routing.Agent("a", [1]);

        routing.Enqueue("s1", 1);
        routing.Enqueue("s2", 1);

        Assert.Equal(RoutingSessionState.Offered, routing.StateOf("s1"));
        Assert.Equal(RoutingSessionState.Waiting, routing.StateOf("s2"));
        Assert.Equal(1, routing.Engine.GetAgent("a")!.VoiceLoad);
    }

    [Fact]
    public void Phone_audio_and_video_share_the_agents_one_voice_slot()
    {
        var routing = new RoutingHarness();
        routing.Group(1, RoutingChannel.Phone, g => g with { AutoAccept = true });
        routing.Group(2, RoutingChannel.Video, g => g with { AutoAccept = true });
        routing.Agent("a", [1, 2]);

        routing.Enqueue("call", 1);
        routing.Enqueue("video", 2);

        Assert.Equal(RoutingSessionState.Assigned, routing.StateOf("call"));
        Assert.Equal(RoutingSessionState.Waiting, routing.StateOf("video"));
    }

    [Fact]
    public void A_chat_is_offered_to_an_agent_on_a_call()
    {
        var routing = new RoutingHarness();
        routing.Group(1, RoutingChannel.Phone, g => g with { AutoAccept = true });
        routing.Group(2, RoutingChannel.Chat, g => g with { AutoAccept = true });
        routing.Agent("a", [1, 2]);

        routing.Enqueue("call", 1);
        routing.Enqueue("chat", 2);

        Assert.Equal(RoutingSessionState.Assigned, routing.StateOf("chat"));
    }

    [Fact]
    public void An_agent_with_no_chat_capacity_gets_no_chats()
    {
        var routing = new RoutingHarness();
        routing.Group(1, RoutingChannel.Chat);
        routing.Agent("a", [1], new AgentCapacity(Voice: 1, Chat: 0));

        routing.Enqueue("chat", 1);

        Assert.Equal(RoutingSessionState.Waiting, routing.StateOf("chat"));
    }

    [Theory]
    [InlineData(AgentAvailability.Unavailable)]
    [InlineData(AgentAvailability.Offline)]
    public void An_agent_who_is_not_available_gets_nothing(AgentAvailability availability)
    {
        var routing = new RoutingHarness();
        routing.Group(1, RoutingChannel.Chat, g => g with { EndWhenNoAgentOnline = false });
        routing.Agent("a", [1], available: false);
        routing.Do(e => e.SetAvailability("a", availability));

        routing.Enqueue("chat", 1);

        Assert.Equal(RoutingSessionState.Waiting, routing.StateOf("chat"));
    }
}
