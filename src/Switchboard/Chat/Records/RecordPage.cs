namespace Switchboard.Chat.Records;

/// <summary>
/// The <c>Limit</c>/<c>Offset</c> paging of the record actions: 1 to 100 rows, 20 by default. An offset beyond what
/// an <c>int</c> addresses is simply an empty page.
/// </summary>
internal readonly record struct RecordPage(int Skip, int Take)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>Checks the paging fields; a bad one is refused with <paramref name="errorCode"/>.</summary>
    public static RecordPage From(long? limit, long? offset, string errorCode)
    {
        var take = limit ?? DefaultLimit;
        if (take is < 1 or > MaxLimit)
            throw RecordErrors.Invalid(errorCode, "Limit", $"must be between 1 and {MaxLimit}, not {take}.", $"必须在 1 到 {MaxLimit} 之间，当前为 {take}。");
        var skip = offset ?? 0;
        if (skip < 0)
            throw RecordErrors.Invalid(errorCode, "Offset", $"must not be negative, not {skip}.", $"不能为负数，当前为 {skip}。");
        return new RecordPage((int)Math.Min(skip, int.MaxValue), (int)take);
    }
}
