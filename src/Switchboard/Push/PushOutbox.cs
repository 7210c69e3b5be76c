using Microsoft.EntityFrameworkCore;
using Switchboard.Chat;
using Switchboard.Storage;

namespace Switchboard.Push;

/// <summary>
/// The durable outbox behind the business's webhook: each chat session event becomes a <see cref="PushDelivery"/>
/// row, committed before <see cref="PublishAsync"/> returns, which the <see cref="PushDispatcher"/> of any node then
/// sends. An application without a subscription still gets the row, as <see cref="PushDeliveryState.NoSubscriber"/>,
/// so operators can see what would have been sent.
/// </summary>
public sealed class PushOutbox(IServiceScopeFactory scopes, TimeProvider clock, PushWakeup wakeup) : IChatEventPublisher
{
    /// <inheritdoc />
    public async Task PublishAsync(ChatSessionEvent sessionEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionEvent);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SwitchboardDb>();
        var subscribed = await db.PushSubscriptions.AnyAsync(s => s.SdkAppId == sessionEvent.SdkAppId, cancellationToken);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        db.PushDeliveries.Add(new PushDelivery
        {
            Id = Guid.NewGuid().ToString(),
            SdkAppId = sessionEvent.SdkAppId,
            Event = sessionEvent.Event,
            Body = PushEventBody.Write(sessionEvent),
            CreatedAtMs = now,
            State = subscribed ? PushDeliveryState.Pending : PushDeliveryState.NoSubscriber,
            NextAttemptAtMs = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        if (subscribed) wakeup.Wake();
    }
}
