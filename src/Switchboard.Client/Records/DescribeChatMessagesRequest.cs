namespace Switchboard.Client;

/// <summary>Input of DescribeChatMessages: one page of a chat's transcript.</summary>
public sealed record DescribeChatMessagesRequest
{
    /// <summary>The application.</summary>
    public required long SdkAppId { get; init; }

    /// <summary>Deprecated by Tencent; accepted and ignored.</summary>
    public long? InstanceId { get; init; }

    /// <summary>
    /// Deprecated by Tencent: an <see cref="IMCdrInfo.Id"/>; narrows the transcript to the messages written during
    /// that service. Either this or <see cref="SessionId"/> is required.
    /// </summary>
    public string? CdrId { get; init; }

    /// <summary>Messages per page, 1 to 100 (default 20).</summary>
    public long? Limit { get; init; }

    /// <summary>Messages to skip (default 0).</summary>
    public long? Offset { get; init; }

    /// <summary>1 oldest first, 2 newest first (default 2).</summary>
    public long? Order { get; init; }

    /// <summary>The chat session (<see cref="IMCdrInfo.SessionId"/>): its whole transcript, across transfers.</summary>
    public string? SessionId { get; init; }
}
