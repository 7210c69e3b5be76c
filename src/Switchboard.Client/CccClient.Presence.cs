namespace Switchboard.Client;

public sealed partial class CccClient
{
    /// <summary>Changes the state of up to 10 online agents; each gets its own result in <see cref="SetStaffStatusResponse.StaffStatusList"/>.</summary>
    public Task<SetStaffStatusResponse> SetStaffStatusAsync(SetStaffStatusRequest request, CancellationToken cancellationToken = default)
        => SendAsync<SetStaffStatusResponse>("SetStaffStatus", request, cancellationToken);

    /// <summary>Logs an agent out of every workstation and refuses their logins until <see cref="RestoreMemberOnlineAsync"/>.</summary>
    public Task<ForceMemberOfflineResponse> ForceMemberOfflineAsync(ForceMemberOfflineRequest request, CancellationToken cancellationToken = default)
        => SendAsync<ForceMemberOfflineResponse>("ForceMemberOffline", request, cancellationToken);

    /// <summary>Allows an agent that was forced offline to log in again.</summary>
    public Task<RestoreMemberOnlineResponse> RestoreMemberOnlineAsync(RestoreMemberOnlineRequest request, CancellationToken cancellationToken = default)
        => SendAsync<RestoreMemberOnlineResponse>("RestoreMemberOnline", request, cancellationToken);

    /// <summary>Agents' live states and today's time in each state.</summary>
    public Task<DescribeStaffStatusMetricsResponse> DescribeStaffStatusMetricsAsync(DescribeStaffStatusMetricsRequest request, CancellationToken cancellationToken = default)
        => SendAsync<DescribeStaffStatusMetricsResponse>("DescribeStaffStatusMetrics", request, cancellationToken);

    /// <summary>One page of an agent's state changes in a window of less than 7 days.</summary>
    public Task<DescribeStaffStatusHistoryResponse> DescribeStaffStatusHistoryAsync(DescribeStaffStatusHistoryRequest request, CancellationToken cancellationToken = default)
        => SendAsync<DescribeStaffStatusHistoryResponse>("DescribeStaffStatusHistory", request, cancellationToken);
}
