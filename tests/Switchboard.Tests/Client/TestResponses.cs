using Switchboard.Client;

namespace Switchboard.Tests.Client;

/// <summary>The CreateSDKLoginToken answer, declared here so the transport tests stand alone.</summary>
public sealed record LoginTokenAnswer : CccResponse
{
    public string Token { get; init; } = "";
    public long ExpiredTime { get; init; }
    public string SdkURL { get; init; } = "";
}

/// <summary>A request with nesting, an array and a null, to exercise flattening.</summary>
public sealed record CreateStaffQuestion(long SdkAppId, IReadOnlyList<StaffItem> Staffs, string? Note = null);

public sealed record StaffItem(string Name, string Mail, IReadOnlyList<string> SkillGroupNameList, bool? UseMobileCallOut = null);
