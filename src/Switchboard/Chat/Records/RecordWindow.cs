using Switchboard.CloudApi;

namespace Switchboard.Chat.Records;

/// <summary>The time window of DescribeIMCdrs, in the unix milliseconds records are stored with (end inclusive).</summary>
internal readonly record struct RecordWindow(long FromMs, long ToMs)
{
    // 9999-12-31T23:59:59Z: anything later is not a time, and multiplying it by 1000 could overflow.
    private const long LatestSeconds = 253_402_300_799;

    /// <summary>
    /// Checks the window. Tencent documents no maximum length for chat records (unlike DescribeTelCdr's 90 days),
    /// so none is imposed: the index on (application, start) keeps a long window as cheap as a short one.
    /// </summary>
    public static RecordWindow From(long start, long end)
    {
        if (start is < 0 or > LatestSeconds)
            throw RecordErrors.Invalid(ErrorCodes.InvalidParameter, "StartTimestamp", $"must be a unix time in seconds, not {start}.", $"必须是以秒为单位的 Unix 时间，当前为 {start}。");
        if (end is < 0 or > LatestSeconds)
            throw RecordErrors.Invalid(ErrorCodes.InvalidParameter, "EndTimestamp", $"must be a unix time in seconds, not {end}.", $"必须是以秒为单位的 Unix 时间，当前为 {end}。");
        if (end < start)
            throw RecordErrors.Invalid(ErrorCodes.InvalidParameter, "EndTimestamp", "must not be before StartTimestamp.", "不能早于 StartTimestamp。");
        return new RecordWindow(start * 1000, end * 1000 + 999);
    }
}
