namespace Switchboard.Client;

public sealed partial class CccClient
{
    /// <summary>Creates a skill group and answers its id.</summary>
    public Task<CreateCCCSkillGroupResponse> CreateCCCSkillGroupAsync(CreateCCCSkillGroupRequest request, CancellationToken cancellationToken = default)
        => SendAsync<CreateCCCSkillGroupResponse>("CreateCCCSkillGroup", request, cancellationToken);

    /// <summary>Lists one page of skill groups.</summary>
    public Task<DescribeSkillGroupInfoListResponse> DescribeSkillGroupInfoListAsync(DescribeSkillGroupInfoListRequest request, CancellationToken cancellationToken = default)
        => SendAsync<DescribeSkillGroupInfoListResponse>("DescribeSkillGroupInfoList", request, cancellationToken);

    /// <summary>Renames a skill group or changes its concurrency and ringing mode.</summary>
    public Task<UpdateCCCSkillGroupResponse> UpdateCCCSkillGroupAsync(UpdateCCCSkillGroupRequest request, CancellationToken cancellationToken = default)
        => SendAsync<UpdateCCCSkillGroupResponse>("UpdateCCCSkillGroup", request, cancellationToken);

    /// <summary>Deletes a skill group that no agent belongs to.</summary>
    public Task<DeleteCCCSkillGroupResponse> DeleteCCCSkillGroupAsync(DeleteCCCSkillGroupRequest request, CancellationToken cancellationToken = default)
        => SendAsync<DeleteCCCSkillGroupResponse>("DeleteCCCSkillGroup", request, cancellationToken);
}
