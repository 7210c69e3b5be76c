using Switchboard.Chat;

namespace Switchboard.IntegrationTests.Chat.Desk;

/// <summary>The desk follows skill group membership changes made through the cloud API.</summary>
public sealed class ChatDeskMembershipTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_agent_who_stepped_away_while_outside_the_group_is_not_offered_chats_when_bound_again()
    {
        var (chat, group) = await ChatScenario.StartAsync(agents: "ann@example.com");
        await using var _ = chat;
        var client = chat.Presence.Client;
        await chat.LogInAsync("ann@example.com");
        await chat.StartAsync("v-warm-up", group); // the desk knows Ann, free
        await ChatScenario.EventuallyAsync(() => chat.Notifiers.EventsOf("ann@example.com").Any(e => e.Event == "callIn"), "the first offer");
        await chat.Desk.EndByVisitorAsync(chat.Visitor("v-warm-up"), (await chat.Desk.FindOpenAsync(chat.Visitor("v-warm-up")))!.SessionId);

        await client.UnbindStaffSkillGroupListAsync(new() { SdkAppId = chat.App, StaffEmail = "ann@example.com", SkillGroupList = [group] }, Cancellation);
        await chat.Presence.SetAsync("ann@example.com", "notReady");
        await client.BindStaffSkillGroupListAsync(new()
        {
            SdkAppId = chat.App, StaffEmail = "ann@example.com", StaffSkillGroupList = [new() { SkillGroupId = group }],
        }, Cancellation);

        // Ann is not ready: the visitor waits in line rather than ringing at a desk she has stepped away from.
        var session = await chat.StartAsync("v-1", group);
        Assert.Equal(ChatSessionState.Queued, session.State);
        Assert.Equal(1, session.QueuePosition);

        // Once she is free the chat goes to her.
        await chat.Presence.SetAsync("ann@example.com", "free");
        await ChatScenario.EventuallyAsync(() => chat.Notifiers.EventsOf("ann@example.com").Count(e => e.Event == "callIn") == 2, "the waiting chat offered to Ann");
        var offer = (ChatOffer)chat.Notifiers.EventsOf("ann@example.com").Last(e => e.Event == "callIn").Payload;
        Assert.Equal(session.SessionId, offer.SessionId);
    }
}
