using Switchboard.CloudApi;

namespace Switchboard.Staff;

/// <summary>The failures agent and skill group actions answer, worded once in both languages.</summary>
internal static class StaffErrors
{
    public static CloudApiException InvalidValue(string field, string problem, string problemZh) =>
        new(ErrorCodes.InvalidParameterValue, $"{field} {problem}", $"{field} {problemZh}");

    public static CloudApiException AccountNotExist(string? mail) =>
        new(ErrorCodes.AccountNotExist,
            $"The agent '{mail}' does not exist in this application.",
            $"座席 '{mail}' 在该应用中不存在。");

    public static CloudApiException DuplicatedAccount(string mail) =>
        new(ErrorCodes.DuplicatedAccount,
            $"An agent with the mail '{mail}' already exists in this application.",
            $"该应用中已存在邮箱为 '{mail}' 的座席。");

    public static CloudApiException PhoneBoundToOtherAgent(string field, string phone) =>
        new(ErrorCodes.PhoneNumIsBoundOtherAccount,
            $"{field} '{phone}' is already the phone of another agent of this application.",
            $"{field} '{phone}' 已绑定到该应用的其他座席。");

    public static CloudApiException ExtensionInUse(string field, string extension) =>
        new(ErrorCodes.InvalidParameterValue,
            $"{field} '{extension}' is already the extension of another agent of this application.",
            $"{field} '{extension}' 已被该应用的其他座席使用。");

    public static CloudApiException SkillGroupNotFound(string field, long skillGroupId) =>
        new(ErrorCodes.SkillGroupError,
            $"{field}: the skill group {skillGroupId} does not exist in this application.",
            $"{field}：技能组 {skillGroupId} 在该应用中不存在。");

    public static CloudApiException SkillGroupNameNotFound(string field, string name) =>
        new(ErrorCodes.SkillGroupError,
            $"{field}: there is no skill group named '{name}' in this application.",
            $"{field}：该应用中没有名为 '{name}' 的技能组。");

    public static CloudApiException SkillGroupExists(string name) =>
        new(ErrorCodes.SkillGroupExist,
            $"A skill group named '{name}' already exists in this application.",
            $"该应用中已存在名为 '{name}' 的技能组。");

    /// <summary>Two requests changed the same rows at once and the store refused the second; nothing was written.</summary>
    public static CloudApiException ConcurrentChange() =>
        new(ErrorCodes.FailedOperation,
            "Another request changed the same agent or skill group at the same time; nothing was changed. Retry the request.",
            "另一个请求同时修改了相同的座席或技能组，本次未做任何修改，请重试。");
}
