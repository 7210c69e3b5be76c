namespace Switchboard.Client;

public sealed partial class CccClient
{
    /// <summary>Creates up to 10 agents; rows that fail are listed in <see cref="CreateStaffResponse.ErrorStaffList"/>.</summary>
    public Task<CreateStaffResponse> CreateStaffAsync(CreateStaffRequest request, CancellationToken cancellationToken = default)
        => SendAsync<CreateStaffResponse>("CreateStaff", request, cancellationToken);

    /// <summary>Lists one page of agents with their skill groups.</summary>
    public Task<DescribeStaffInfoListResponse> DescribeStaffInfoListAsync(DescribeStaffInfoListRequest request, CancellationToken cancellationToken = default)
        => SendAsync<DescribeStaffInfoListResponse>("DescribeStaffInfoList", request, cancellationToken);

    /// <summary>Changes an agent's profile, skill groups, mobile options, extension or forwarding.</summary>
    public Task<ModifyStaffResponse> ModifyStaffAsync(ModifyStaffRequest request, CancellationToken cancellationToken = default)
        => SendAsync<ModifyStaffResponse>("ModifyStaff", request, cancellationToken);

    /// <summary>Sets an agent's login password.</summary>
    public Task<ModifyStaffPasswordResponse> ModifyStaffPasswordAsync(ModifyStaffPasswordRequest request, CancellationToken cancellationToken = default)
        => SendAsync<ModifyStaffPasswordResponse>("ModifyStaffPassword", request, cancellationToken);

    /// <summary>Deletes agents; online ones are kept and listed in <see cref="DeleteStaffResponse.OnlineStaffList"/>.</summary>
    public Task<DeleteStaffResponse> DeleteStaffAsync(DeleteStaffRequest request, CancellationToken cancellationToken = default)
        => SendAsync<DeleteStaffResponse>("DeleteStaff", request, cancellationToken);

    /// <summary>Adds an agent to skill groups, or changes its priority in groups it is already in.</summary>
    public Task<BindStaffSkillGroupListResponse> BindStaffSkillGroupListAsync(BindStaffSkillGroupListRequest request, CancellationToken cancellationToken = default)
        => SendAsync<BindStaffSkillGroupListResponse>("BindStaffSkillGroupList", request, cancellationToken);

    /// <summary>Removes an agent from skill groups.</summary>
    public Task<UnbindStaffSkillGroupListResponse> UnbindStaffSkillGroupListAsync(UnbindStaffSkillGroupListRequest request, CancellationToken cancellationToken = default)
        => SendAsync<UnbindStaffSkillGroupListResponse>("UnbindStaffSkillGroupList", request, cancellationToken);
}
