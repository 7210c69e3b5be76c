namespace Switchboard.Client;

/// <summary>Output of DescribePushDeliveries.</summary>
public sealed record DescribePushDeliveriesResponse : CccResponse
{
    /// <summary>The subscription's URL now; empty when the application has none.</summary>
    public string Url { get; init; } = "";

    /// <summary>Deliveries matching the request (all pages).</summary>
    public long TotalCount { get; init; }

    /// <summary>This page, newest first.</summary>
    public IReadOnlyList<PushDeliveryInfo> Deliveries { get; init; } = [];
}
