namespace Switchboard.Staff;

/// <summary>
/// The rows of one page of a Describe… list: TCCC pages count from 0 and cap the page size per action.
/// </summary>
internal readonly record struct PageWindow(int Skip, int Take)
{
    /// <summary>
    /// Checks the paging fields and converts them to a row window. A page beyond what an <c>int</c> offset can
    /// address is simply empty (no list is that long), so huge page numbers never overflow or fail.
    /// </summary>
    public static PageWindow From(long pageNumber, long pageSize, int maxPageSize)
    {
        if (pageSize < 1 || pageSize > maxPageSize)
            throw StaffErrors.InvalidValue("PageSize", $"must be between 1 and {maxPageSize}, not {pageSize}.",
                $"必须在 1 到 {maxPageSize} 之间，当前为 {pageSize}。");
        if (pageNumber < 0)
            throw StaffErrors.InvalidValue("PageNumber", $"counts from 0 and cannot be {pageNumber}.", $"从 0 开始，不能为 {pageNumber}。");
        var take = (int)pageSize;
        var skip = pageNumber > int.MaxValue / take ? int.MaxValue : (int)pageNumber * take;
        return new PageWindow(skip, take);
    }
}
