using System.Text.Json;
using Switchboard.Chat;
using Switchboard.Push;

namespace Switchboard.Tests.Push;

/// <summary>The webhook body and target URL: TCCC's desk callback fields, ours beside them, nothing an event lacks.</summary>
public sealed class PushEventBodyTests
{
    [Fact]
    public void A_start_carries_the_common_fields_only()
    {
        using var body = JsonDocument.Parse(PushEventBody.Write(new ChatSessionEvent(ChatSessionEvents.Started, 1400000001, "s-1", 1_795_168_800_123, "v-\"1\"", 12)));

        Assert.Equal(
            ["CallbackCommand", "SdkAppId", "SessionId", "Event", "EventTime", "ChannelType", "ClientUserId", "SkillGroupId"],
            body.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("v-\"1\"", body.RootElement.GetProperty("ClientUserId").GetString());
        Assert.Equal(JsonValueKind.String, body.RootElement.GetProperty("SkillGroupId").ValueKind);
    }

    [Fact]
    public void An_end_carries_the_agent_status_and_closer()
    {
        using var body = JsonDocument.Parse(PushEventBody.Write(new ChatSessionEvent(ChatSessionEvents.Ended, 1400000001, "s-1", 5, "v-1", 12,
            AgentMail: "Ann@Example.com", EndStatus: 108, CloseBy: ChatCloser.Timer)));
        var b = body.RootElement;

        Assert.Equal(("Ann@Example.com", "Ann@Example.com", 108, "timer"),
            (b.GetProperty("AgentId").GetString(), b.GetProperty("StaffId").GetString(), b.GetProperty("EndStatus").GetInt32(), b.GetProperty("CloseBy").GetString()));
        Assert.False(b.TryGetProperty("TransferSkillGroupId", out _));
    }

    [Fact]
    public void A_rating_carries_the_answer_as_the_records_Satisfaction_does()
    {
        using var body = JsonDocument.Parse(PushEventBody.Write(new ChatSessionEvent(ChatSessionEvents.Rated, 1400000001, "s-1", 5, "v-1", 12,
            AgentMail: "ann@example.com", Satisfaction: new(2, "Satisfied \"mostly\""))));
        var rating = body.RootElement.GetProperty("Satisfaction");

        Assert.Equal(("SessionRated", 2, "Satisfied \"mostly\"", "ann@example.com"),
            (body.RootElement.GetProperty("Event").GetString(), rating.GetProperty("Id").GetInt32(), rating.GetProperty("Label").GetString(),
             body.RootElement.GetProperty("StaffId").GetString()));
        Assert.False(body.RootElement.TryGetProperty("EndStatus", out _));
    }

    [Theory]
    [InlineData("https://crm.example.com/hook", "https://crm.example.com/hook?SdkAppid=1400000001&CallbackCommand=Desk.SessionEventNotify&contenttype=json")]
    [InlineData("https://crm.example.com/hook?key=a%20b", "https://crm.example.com/hook?key=a%20b&SdkAppid=1400000001&CallbackCommand=Desk.SessionEventNotify&contenttype=json")]
    public void The_callback_parameters_are_added_to_the_subscriptions_own_query(string url, string expected) =>
        Assert.Equal(expected, PushSender.Target(url, 1400000001));
}
