namespace Switchboard.Push;

/// <summary>How one attempt to deliver went: answered 2xx, or the failure as operators will read it.</summary>
public readonly record struct PushAttemptResult(bool Delivered, string? Error)
{
    /// <summary>The receiver answered 2xx.</summary>
    public static PushAttemptResult Success => new(true, null);

    /// <summary>Any other outcome: a status, a timeout or a network error.</summary>
    public static PushAttemptResult Failure(string error) => new(false, error);
}
