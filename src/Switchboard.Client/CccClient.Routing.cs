namespace Switchboard.Client;

public sealed partial class CccClient
{
    /// <summary>Changes how a skill group routes (Switchboard extension).</summary>
    public Task<ModifySkillGroupRoutingResponse> ModifySkillGroupRoutingAsync(ModifySkillGroupRoutingRequest request, CancellationToken cancellationToken = default)
        => SendAsync<ModifySkillGroupRoutingResponse>("ModifySkillGroupRouting", request, cancellationToken);

    /// <summary>Answers how a skill group routes (Switchboard extension).</summary>
    public Task<DescribeSkillGroupRoutingResponse> DescribeSkillGroupRoutingAsync(DescribeSkillGroupRoutingRequest request, CancellationToken cancellationToken = default)
        => SendAsync<DescribeSkillGroupRoutingResponse>("DescribeSkillGroupRouting", request, cancellationToken);
}
