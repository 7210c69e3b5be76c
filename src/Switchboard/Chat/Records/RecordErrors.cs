using Switchboard.CloudApi;

namespace Switchboard.Chat.Records;

/// <summary>The refusals of the record actions, worded once in both languages.</summary>
internal static class RecordErrors
{
    /// <summary>A value out of range, with the code the action's Tencent error list uses for it.</summary>
    public static CloudApiException Invalid(string code, string field, string problem, string problemZh) =>
        new(code, $"{field} {problem}", $"{field} {problemZh}");

    public static CloudApiException MissingApplication() =>
        new(ErrorCodes.MissingParameter, "SdkAppId is required.", "缺少参数 SdkAppId。");

    public static CloudApiException MissingSession() =>
        new(ErrorCodes.MissingParameter, "SessionId (or the deprecated CdrId) is required.", "缺少参数 SessionId（或已废弃的 CdrId）。");

    public static CloudApiException RecordNotExist(string field, string? value) =>
        new(ErrorCodes.RecordNotExist,
            $"{field} '{Shorten(value)}' is not a chat record of this application.",
            $"{field} '{Shorten(value)}' 不是该应用的在线客服记录。");

    // Ids come from the caller and reach the answer; keep a forged one short.
    private static string Shorten(string? value) => value is null ? "" : value.Length <= 80 ? value : value[..80] + "…";
}
