namespace Switchboard.Push;

/// <summary>Where a <see cref="PushDelivery"/> stands.</summary>
public enum PushDeliveryState
{
    /// <summary>Not delivered yet; will be attempted at its next-attempt time.</summary>
    Pending,
    /// <summary>The receiver answered 2xx.</summary>
    Delivered,
    /// <summary>Every attempt failed; kept visible for operators.</summary>
    Failed,
    /// <summary>The application has no subscription; nothing to deliver to.</summary>
    NoSubscriber,
}
