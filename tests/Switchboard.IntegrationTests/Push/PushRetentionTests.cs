using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Push;
using Switchboard.Storage;

namespace Switchboard.IntegrationTests.Push;

/// <summary>Old finished deliveries are deleted; pending ones and recent ones stay.</summary>
public sealed class PushRetentionTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Finished_deliveries_past_retention_go_and_pending_or_recent_ones_stay()
    {
        await using var scenario = await PushScenario.StartAsync();
        var other = await scenario.Host.CreateTenantAsync();
        var now = DateTimeOffset.UtcNow;
        var old = now.AddDays(-31).ToUnixTimeMilliseconds();
        var recent = now.AddDays(-29).ToUnixTimeMilliseconds();
        await using (var scope = scenario.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
            db.PushDeliveries.AddRange(
                Row("old-delivered", scenario.App, old, PushDeliveryState.Delivered),
                Row("old-failed", scenario.App, old, PushDeliveryState.Failed),
                Row("old-no-subscriber", scenario.App, old, PushDeliveryState.NoSubscriber),
                // Waiting for a receiver that has been down for a month is still an event the business has not had.
                Row("old-pending", scenario.App, old, PushDeliveryState.Pending, nextAttemptAtMs: now.AddDays(1).ToUnixTimeMilliseconds()),
                Row("recent-delivered", scenario.App, recent, PushDeliveryState.Delivered),
                Row("other-app-old", other.SdkAppId, old, PushDeliveryState.Delivered));
            await db.SaveChangesAsync(Cancellation);
        }

        var deleted = await scenario.Host.Services.GetRequiredService<PushRetention>().PruneAsync(Cancellation);

        Assert.Equal(4, deleted);
        var left = (await scenario.DeliveriesAsync()).Deliveries.Select(d => d.DeliveryId).Order().ToList();
        Assert.Equal(["old-pending", "recent-delivered"], left);
        await using (var scope = scenario.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
            Assert.False(await db.PushDeliveries.AnyAsync(d => d.SdkAppId == other.SdkAppId, Cancellation));
        }
    }

    [Fact]
    public async Task Retention_zero_keeps_every_delivery()
    {
        await using var host = await SwitchboardHost.StartAsync(new Dictionary<string, string?>(PushScenario.Settings()) { ["Push:RetentionDays"] = "0" });
        var tenant = await host.CreateTenantAsync();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
            db.PushDeliveries.Add(Row("ancient", tenant.SdkAppId, DateTimeOffset.UtcNow.AddYears(-3).ToUnixTimeMilliseconds(), PushDeliveryState.Delivered));
            await db.SaveChangesAsync(Cancellation);
        }

        Assert.Equal(0, await host.Services.GetRequiredService<PushRetention>().PruneAsync(Cancellation));
        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<SwitchboardDb>().PushDeliveries.AnyAsync(d => d.Id == "ancient", Cancellation));
        }
    }

    private static PushDelivery Row(string id, long sdkAppId, long createdAtMs, PushDeliveryState state, long nextAttemptAtMs = 0) => new()
    {
        Id = id,
        SdkAppId = sdkAppId,
        Event = "chat.session.ended",
        Body = "{}",
        CreatedAtMs = createdAtMs,
        State = state,
        Attempts = state == PushDeliveryState.Pending ? 0 : 1,
        NextAttemptAtMs = nextAttemptAtMs,
        DeliveredAtMs = state == PushDeliveryState.Delivered ? createdAtMs : null,
    };
}
