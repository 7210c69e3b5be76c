namespace Switchboard.Chat;

/// <summary>
/// Where chat session events go for the business's webhook: the push outbox implements it by storing the event
/// durably before the call returns, so an event is never lost between the change and its delivery.
/// </summary>
public interface IChatEventPublisher
{
    /// <summary>Stores the event for delivery to the application's subscription (if it has one).</summary>
    Task PublishAsync(ChatSessionEvent sessionEvent, CancellationToken cancellationToken = default);
}
