namespace Switchboard.Client;

public sealed partial class CccClient
{
    /// <summary>One page of an application's chat service records in a time window (with the deprecated <c>IMCdrs</c> twin).</summary>
    public Task<DescribeIMCdrsResponse> DescribeIMCdrsAsync(DescribeIMCdrsRequest request, CancellationToken cancellationToken = default)
        => SendAsync<DescribeIMCdrsResponse>("DescribeIMCdrs", request, cancellationToken);

    /// <summary>One page of an application's chat service records in a time window.</summary>
    public Task<DescribeIMCdrListResponse> DescribeIMCdrListAsync(DescribeIMCdrListRequest request, CancellationToken cancellationToken = default)
        => SendAsync<DescribeIMCdrListResponse>("DescribeIMCdrList", request, cancellationToken);

    /// <summary>One page of a chat session's transcript.</summary>
    public Task<DescribeChatMessagesResponse> DescribeChatMessagesAsync(DescribeChatMessagesRequest request, CancellationToken cancellationToken = default)
        => SendAsync<DescribeChatMessagesResponse>("DescribeChatMessages", request, cancellationToken);
}
