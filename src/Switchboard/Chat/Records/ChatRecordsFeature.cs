using Switchboard.Client;
using Switchboard.CloudApi;

namespace Switchboard.Chat.Records;

/// <summary>Chat records over the cloud API: the service records (IMCdrs) and transcripts of finished and ongoing chats.</summary>
public static class ChatRecordsFeature
{
    /// <summary>Adds DescribeIMCdrs, DescribeIMCdrList and DescribeChatMessages.</summary>
    public static CloudApiActionTable MapChatRecordActions(this CloudApiActionTable table) => table
        .Map<DescribeIMCdrsRequest, DescribeIMCdrsResponse>("DescribeIMCdrs", DescribeIMCdrsAction.HandleAsync)
        .Map<DescribeIMCdrListRequest, DescribeIMCdrListResponse>("DescribeIMCdrList", DescribeIMCdrsAction.HandleListAsync)
        .Map<DescribeChatMessagesRequest, DescribeChatMessagesResponse>("DescribeChatMessages", DescribeChatMessagesAction.HandleAsync);
}
