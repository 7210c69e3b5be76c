namespace Switchboard.Client;

/// <summary>Input of DescribePushDeliveries (Switchboard only): an application's webhook deliveries, newest first.</summary>
public sealed record DescribePushDeliveriesRequest
{
    /// <summary>The application.</summary>
    public required long SdkAppId { get; init; }

    /// <summary>Only deliveries in this state: <c>Pending</c>, <c>Delivered</c>, <c>Failed</c> or <c>NoSubscriber</c>; absent for all.</summary>
    public string? State { get; init; }

    /// <summary>Deliveries per page, 1 to 100 (default 20).</summary>
    public long? Limit { get; init; }

    /// <summary>Deliveries to skip (default 0).</summary>
    public long? Offset { get; init; }
}
