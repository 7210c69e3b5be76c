using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Switchboard.Chat;

namespace Switchboard.IntegrationTests.Push;

/// <summary>The webhook outbox against a real receiver: signature, delivery id, retries, failure, restarts, several nodes.</summary>
public sealed class PushDeliveryTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_event_arrives_signed_with_the_delivery_id_and_TCCCs_callback_shape()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var scenario = await PushScenario.StartAsync();
        await scenario.SubscribeAsync(receiver.Url);

        await scenario.PublishAsync(new ChatSessionEvent(ChatSessionEvents.Transferred, scenario.App, "s-1", 1_795_168_800_123, "v-<1>", 12,
            AgentMail: "ann@example.com", TargetSkillGroupId: 13, TargetAgentMail: "bob@example.com"));

        var push = Assert.Single(await receiver.WaitForAsync(1));
        Assert.Equal("/hooks/chat", push.Path);
        Assert.Equal(("acme", scenario.App.ToString(), "Desk.SessionEventNotify", "json"),
            (push.Query["tenant"], push.Query["SdkAppid"], push.Query["CallbackCommand"], push.Query["contenttype"]));
        Assert.StartsWith("application/json", push.Header("Content-Type"));
        var deliveryId = push.Header("X-TCCC-PUSH-UUID");
        Assert.True(Guid.TryParseExact(deliveryId, "D", out _), deliveryId);
        Assert.Equal(deliveryId, push.Header("X-Switchboard-Delivery"));
        Assert.Equal("SessionTransferred", push.Header("X-Switchboard-Event"));

        // Verified the way docs/push.md tells a receiver to: HMAC-SHA256 over "timestamp.body" with the secret.
        var timestamp = push.Header("X-Switchboard-Timestamp");
        Assert.InRange(long.Parse(timestamp), DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
        var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(PushScenario.Secret), Encoding.UTF8.GetBytes(timestamp + "." + push.Body)));
        Assert.Equal(expected, push.Header("X-Switchboard-Signature"));

        using var body = JsonDocument.Parse(push.Body);
        var b = body.RootElement;
        Assert.Equal(("Desk.SessionEventNotify", "s-1", "SessionTransferred", 1_795_168_800_123L, "Web", "v-<1>"),
            (b.GetProperty("CallbackCommand").GetString(), b.GetProperty("SessionId").GetString(), b.GetProperty("Event").GetString(),
             b.GetProperty("EventTime").GetInt64(), b.GetProperty("ChannelType").GetString(), b.GetProperty("ClientUserId").GetString()));
        Assert.Equal((scenario.App, "12", "ann@example.com", "ann@example.com", "13", "bob@example.com"),
            (b.GetProperty("SdkAppId").GetInt64(), b.GetProperty("SkillGroupId").GetString(), b.GetProperty("AgentId").GetString(),
             b.GetProperty("StaffId").GetString(), b.GetProperty("TransferSkillGroupId").GetString(), b.GetProperty("TransferStaffId").GetString()));
        Assert.False(b.TryGetProperty("EndStatus", out _));

        var delivery = Assert.Single((await scenario.SettledAsync()).Deliveries);
        Assert.Equal((deliveryId, "Delivered", 1L, push.Body), (delivery.DeliveryId, delivery.State, delivery.Attempts, delivery.Body));
        Assert.True(delivery.DeliveredTimestamp >= delivery.CreatedTimestamp);
    }

    [Fact]
    public async Task A_receiver_that_failed_twice_gets_the_same_delivery_again_and_the_third_attempt_succeeds()
    {
        await using var receiver = await WebhookReceiver.StartAsync(ReceiverAnswer.ServerError, ReceiverAnswer.DropConnection);
        await using var scenario = await PushScenario.StartAsync(maxAttempts: 3);
        await scenario.SubscribeAsync(receiver.Url);

        await scenario.PublishAsync(scenario.Ended("s-2"));

        var pushes = await receiver.WaitForAsync(3);
        var delivery = Assert.Single((await scenario.SettledAsync()).Deliveries);
        Assert.Equal(3, pushes.Count);
        Assert.All(pushes, p => Assert.Equal(delivery.DeliveryId, p.Header("X-TCCC-PUSH-UUID")));
        Assert.All(pushes, p => Assert.Equal(pushes[0].Body, p.Body));
        Assert.Equal(("Delivered", 3L), (delivery.State, delivery.Attempts));
        using var body = JsonDocument.Parse(pushes[2].Body);
        Assert.Equal((1, "client"), (body.RootElement.GetProperty("EndStatus").GetInt32(), body.RootElement.GetProperty("CloseBy").GetString()));
    }

    [Fact]
    public async Task A_receiver_that_never_answers_leaves_the_delivery_Failed_after_the_configured_attempts()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Default = ReceiverAnswer.Hang;
        await using var scenario = await PushScenario.StartAsync(maxAttempts: 2, timeoutSeconds: 1);
        await scenario.SubscribeAsync(receiver.Url);

        await scenario.PublishAsync(scenario.Ended("s-3"));

        var delivery = Assert.Single((await scenario.SettledAsync()).Deliveries);
        Assert.Equal(("Failed", 2L), (delivery.State, delivery.Attempts));
        Assert.Contains("No answer within 1 s", delivery.LastError);
        await Task.Delay(1500, Cancellation);
        Assert.Equal(2, receiver.Received.Count);
        Assert.Single((await scenario.DeliveriesAsync("Failed")).Deliveries);
        Assert.Empty((await scenario.DeliveriesAsync("Delivered")).Deliveries);
    }

    [Fact]
    public async Task A_receiver_answering_500_every_time_is_given_up_on_with_the_status_recorded()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Default = ReceiverAnswer.ServerError;
        await using var scenario = await PushScenario.StartAsync(maxAttempts: 3);
        await scenario.SubscribeAsync(receiver.Url);

        await scenario.PublishAsync(scenario.Ended("s-4"));

        var delivery = Assert.Single((await scenario.SettledAsync()).Deliveries);
        Assert.Equal(("Failed", 3L), (delivery.State, delivery.Attempts));
        Assert.StartsWith("HTTP 500", delivery.LastError);
        Assert.Equal(3, receiver.Received.Count);
    }

    [Fact]
    public async Task Without_a_subscription_the_event_is_kept_as_NoSubscriber_and_nothing_is_sent()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var scenario = await PushScenario.StartAsync();

        await scenario.PublishAsync(scenario.Ended("s-5"));
        await Task.Delay(600, Cancellation);

        var deliveries = await scenario.DeliveriesAsync();
        Assert.Equal("", deliveries.Url);
        var delivery = Assert.Single(deliveries.Deliveries);
        Assert.Equal(("NoSubscriber", 0L, "SessionEnded"), (delivery.State, delivery.Attempts, delivery.Event));
        Assert.Empty(receiver.Received);
    }

    [Fact]
    public async Task Deliveries_left_pending_by_a_stopped_server_are_sent_by_the_next_one_on_the_same_store()
    {
        await using var store = await TestStore.CreateAsync(Cancellation);
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Default = ReceiverAnswer.ServerError;
        // A short timeout keeps the lease short: an attempt the stop cut off is retried 7 s (timeout + 5 s) after it began.
        await using var scenario = await PushScenario.StartAsync(maxAttempts: 50, store: store, timeoutSeconds: 2);
        await scenario.SubscribeAsync(receiver.Url);
        await scenario.PublishAsync(scenario.Ended("s-6"));
        await receiver.WaitForAsync(1);

        await scenario.RestartAsync(store, maxAttempts: 50, timeoutSeconds: 2);
        receiver.Default = ReceiverAnswer.Ok;

        var delivery = Assert.Single((await scenario.SettledAsync()).Deliveries);
        Assert.Equal("Delivered", delivery.State);
        // At least the failed attempt before the restart and the good one after; an attempt cut off by the stop may
        // not have reached the receiver, so attempts can outnumber what it got.
        var pushes = receiver.Received;
        Assert.All(pushes, p => Assert.Equal(delivery.DeliveryId, p.Header("X-Switchboard-Delivery")));
        Assert.InRange(pushes.Count, 2, delivery.Attempts);
    }

    [Fact]
    public async Task Two_servers_on_one_store_send_each_delivery_once()
    {
        await using var store = await TestStore.CreateAsync(Cancellation);
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var first = await PushScenario.StartAsync(store: store);
        await using var second = await SwitchboardHost.StartAsync(PushScenario.Settings(), store: store);
        await first.SubscribeAsync(receiver.Url);

        // Written through both nodes; each node's dispatcher competes for every row.
        for (var i = 0; i < 20; i++)
            await PushScenario.PublishAsync(i % 2 == 0 ? first.Host : second, first.Ended($"s-{i}"));

        var deliveries = await first.SettledAsync();
        await Task.Delay(500, Cancellation);
        Assert.Equal(20, deliveries.Deliveries.Count);
        Assert.All(deliveries.Deliveries, d => Assert.Equal(("Delivered", 1L), (d.State, d.Attempts)));
        var received = receiver.Received.Select(p => p.Header("X-TCCC-PUSH-UUID")).ToList();
        Assert.Equal(20, received.Count);
        Assert.Equal(deliveries.Deliveries.Select(d => d.DeliveryId).Order(), received.Order());
    }
}
