namespace Switchboard.Tests.CloudApi;

// Small contract types shaped like the real ones (required members, nested arrays of objects),
// so the parameter machinery is tested independently of any one action.
public sealed record SampleMember
{
    public required string Name { get; init; }
    public required string Mail { get; init; }
    public IReadOnlyList<string>? Groups { get; init; }
    public long? Role { get; init; }
}

public sealed record SampleRequest
{
    public required long SdkAppId { get; init; }
    public required IReadOnlyList<SampleMember> Members { get; init; }
    public bool? SendPassword { get; init; }
    public IReadOnlyList<long>? GroupIds { get; init; }
    public double? Ratio { get; init; }
    public SampleMember? Owner { get; init; }
}
