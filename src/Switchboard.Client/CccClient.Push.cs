namespace Switchboard.Client;

public sealed partial class CccClient
{
    /// <summary>Sets (or with an empty URL removes) where an application's chat session events are delivered (Switchboard only).</summary>
    public Task<ModifyPushSubscriptionResponse> ModifyPushSubscriptionAsync(ModifyPushSubscriptionRequest request, CancellationToken cancellationToken = default)
        => SendAsync<ModifyPushSubscriptionResponse>("ModifyPushSubscription", request, cancellationToken);

    /// <summary>One page of an application's webhook deliveries, newest first (Switchboard only).</summary>
    public Task<DescribePushDeliveriesResponse> DescribePushDeliveriesAsync(DescribePushDeliveriesRequest request, CancellationToken cancellationToken = default)
        => SendAsync<DescribePushDeliveriesResponse>("DescribePushDeliveries", request, cancellationToken);
}
