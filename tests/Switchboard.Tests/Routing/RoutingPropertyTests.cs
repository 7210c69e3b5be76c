using CsCheck;
using Switchboard.Routing;

namespace Switchboard.Tests.Routing;

/// <summary>
/// Random sequences of everything that happens to routing — agents logging in and out, joining and leaving
/// groups, sessions arriving, being accepted, declined and ended, clocks running out, ticks arriving late — checked
/// outcome by outcome against <see cref="RoutingModel"/>: no offer to an agent who cannot take it, no session lost
/// or offered twice at once, FIFO within priority at offer time, and nothing left waiting that a free agent could take.
/// </summary>
public sealed class RoutingPropertyTests
{
    private static readonly string[] AgentIds = ["a0", "a1", "a2", "a3", "a4"];
    private static readonly RoutingChannel[] Channels = [RoutingChannel.Chat, RoutingChannel.Chat, RoutingChannel.Phone, RoutingChannel.Video];

    /// <summary>One group's settings drawn from small integers.</summary>
    private static readonly Gen<SkillGroupSettings> GroupGen =
        Gen.Select(Gen.Int[0, 2], Gen.Int[1, 3], Gen.Bool, Gen.Bool, Gen.Int[0, 2], Gen.Int[0, 4], Gen.Int[0, 2], Gen.Int[0, 3])
            .Select((strategy, concurrency, autoAccept, notReady, wrap, wait, lastAgent, flags) =>
                new SkillGroupSettings(0, RoutingChannel.Chat)
                {
                    Strategy = (RoutingStrategy)strategy,
                    MaxConcurrency = concurrency,
                    AutoAccept = autoAccept,
                    NotReadyOnNoAnswer = notReady,
                    AfterCallWork = TimeSpan.FromSeconds(wrap * 5),
                    MaxWait = TimeSpan.FromSeconds(wait * 10),
                    RingTimeout = TimeSpan.FromSeconds(8),
                    // 0: no preference; 1: prefer the last agent when free; 2: also hold up to 6 s for them.
                    PreferLastAgent = lastAgent > 0,
                    LastAgentWait = TimeSpan.FromSeconds(lastAgent == 2 ? 6 : 0),
                    EndWhenNoAgentOnline = (flags & 1) == 1,
                    RingAll = (flags & 2) == 2,
                });

    private static readonly Gen<(int Kind, int X, int Y)> OperationGen = Gen.Select(Gen.Int[0, 12], Gen.Int[0, 1000], Gen.Int[0, 1000]);

    [Fact]
    public void Random_operations_keep_every_routing_invariant()
    {
        Gen.Select(GroupGen.Array[4], Gen.Int[0, 3].Array[4], OperationGen.Array[1, 120])
            .Sample((groups, overflows, operations) => Run(groups, overflows, operations), iter: 400);
    }

    private static void Run(SkillGroupSettings[] drawn, int[] overflows, (int Kind, int X, int Y)[] operations)
    {
        var routing = new RoutingHarness();
        var settings = new Dictionary<long, SkillGroupSettings>();
        for (var i = 0; i < drawn.Length; i++)
        {
            var channel = Channels[i];
            var target = overflows[i] + 1;
            settings[i + 1] = drawn[i] with
            {
                SkillGroupId = i + 1,
                Channel = channel,
                MaxConcurrency = channel == RoutingChannel.Chat ? Math.Min(drawn[i].MaxConcurrency, drawn[i].RingAll ? 2 : 3) : 1,
                // Overflow only between the two chat groups; the others end.
                OverflowSkillGroupId = channel == RoutingChannel.Chat && target <= 2 && target != i + 1 ? target : null,
            };
            routing.Do(e => e.ConfigureSkillGroup(settings[i + 1]));
        }
        var model = new RoutingModel(settings, routing.Clock);
        var replayed = 0;
        void Apply(Func<RoutingEngine, RoutingResult> call)
        {
            routing.Do(call);
            Replay(routing, model, ref replayed);
        }
        foreach (var id in AgentIds)
        {
            model.Agents[id] = new RoutingModel.ModelAgent(new AgentCapacity(1, 2));
            Apply(e => e.SetAgent(id, new AgentCapacity(1, 2)));
        }
        var next = 0;
        foreach (var (kind, x, y) in operations)
        {
            var agentId = AgentIds[x % AgentIds.Length];
            var agent = model.Agents[agentId];
            var group = (long)(y % settings.Count + 1);
            switch (kind)
            {
                case 0:
                case 1:
                    var availability = (AgentAvailability)(y % 3);
                    agent.Availability = availability;
                    Apply(e => e.SetAvailability(agentId, availability));
                    break;
                case 2:
                    agent.Groups[group] = y % 5 + 1;
                    Apply(e => e.JoinSkillGroup(agentId, group, y % 5 + 1));
                    break;
                case 3:
                    if (agent.Groups.Remove(group)) Apply(e => e.LeaveSkillGroup(agentId, group));
                    break;
                case 4:
                case 5:
                    var sessionId = $"s{next++}";
                    var priority = y % 3;
                    string? lastAgent = x % 3 == 0 ? AgentIds[y % AgentIds.Length] : null;
                    model.Enqueued(sessionId, group, priority, lastAgent);
                    Apply(e => e.Enqueue(new SessionRequest(sessionId, group, "c", priority, lastAgent)));
                    break;
                case 6:
                    if (Pick(model, RoutingSessionState.Offered, x) is { } toAccept)
                    {
                        var taker = RingingAgent(model, toAccept, y);
                        Apply(e => e.Accept(toAccept, taker));
                    }
                    break;
                case 7:
                    if (Pick(model, RoutingSessionState.Offered, x) is { } toDecline)
                    {
                        var decliner = RingingAgent(model, toDecline, y);
                        Apply(e => e.Decline(toDecline, decliner));
                    }
                    break;
                case 8:
                    if (Pick(model, (RoutingSessionState)(y % 3), x) is { } toEnd) Apply(e => e.End(toEnd));
                    break;
                case 9:
                    // A punctual host: it wakes at each due time on the way.
                    var end = routing.Clock.GetUtcNow() + TimeSpan.FromSeconds(y % 20);
                    while (routing.Engine.NextDueAt() is { } due && due <= end)
                    {
                        if (due > routing.Clock.GetUtcNow()) routing.Clock.SetUtcNow(due);
                        Apply(e => e.Tick());
                    }
                    routing.Clock.SetUtcNow(end);
                    Apply(e => e.Tick());
                    break;
                case 10:
                    // A late host: the clock jumps and a single tick catches up.
                    routing.Clock.Advance(TimeSpan.FromSeconds(y % 40));
                    Apply(e => e.Tick());
                    break;
                case 11:
                    if (Pick(model, RoutingSessionState.Assigned, x) is { } toTransfer
                        && settings[group].Channel == settings[model.Sessions[toTransfer].Group].Channel)
                    {
                        // Another member than the one serving it, so the target may well be unable to take it yet.
                        var serving = model.Sessions[toTransfer].Agent;
                        string? target = y % 4 == 0 ? null : AgentIds.Select((_, k) => AgentIds[(y + k) % AgentIds.Length])
                            .FirstOrDefault(id => id != serving && model.Agents[id].Groups.ContainsKey(group));
                        model.Transferred(toTransfer, group, target);
                        Apply(e => e.Transfer(toTransfer, group, target));
                    }
                    break;
                default:
                    if (agent.AfterCallWork) Apply(e => e.EndAfterCallWork(agentId));
                    else
                    {
                        agent.Capacity = new AgentCapacity(y % 2, y % 4);
                        Apply(e => e.SetAgent(agentId, agent.Capacity));
                    }
                    break;
            }
            model.Check(routing.Engine);
        }
        Assert.Equal(next, model.Sessions.Count + model.Ended);
    }

    /// <summary>Feeds the model every outcome logged since the last replay, in order.</summary>
    private static void Replay(RoutingHarness routing, RoutingModel model, ref int replayed)
    {
        for (; replayed < routing.Log.Count; replayed++) model.Apply(routing.Log[replayed]);
    }

    /// <summary>One of the agents ringing for the session (the only one unless its group rings all).</summary>
    private static string RingingAgent(RoutingModel model, string sessionId, int y)
    {
        var ringing = model.Sessions[sessionId].Ringing.Order(StringComparer.Ordinal).ToList();
        return ringing[y % ringing.Count];
    }

    private static string? Pick(RoutingModel model, RoutingSessionState state, int x)
    {
        var candidates = model.Sessions.Where(s => s.Value.State == state).Select(s => s.Key).Order(StringComparer.Ordinal).ToList();
        return candidates.Count == 0 ? null : candidates[x % candidates.Count];
    }
}
