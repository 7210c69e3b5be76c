namespace Switchboard.Client;

/// <summary>Output of DescribeChatMessages.</summary>
public sealed record DescribeChatMessagesResponse : CccResponse
{
    /// <summary>Messages of the transcript (all pages).</summary>
    public long TotalCount { get; init; }

    /// <summary>This page of messages, in the order asked for.</summary>
    public IReadOnlyList<MessageBody> Messages { get; init; } = [];
}
