using Switchboard.CloudApi;
using Switchboard.Staff;

namespace Switchboard.Tests.Staff;

public sealed class PageWindowTests
{
    [Theory]
    [InlineData(0, 10, 0, 10)]
    [InlineData(1, 10, 10, 10)]
    [InlineData(3, 25, 75, 25)]
    [InlineData(0, 9999, 0, 9999)]
    public void Page_numbers_count_from_zero(long pageNumber, long pageSize, int skip, int take) =>
        Assert.Equal(new PageWindow(skip, take), PageWindow.From(pageNumber, pageSize, 9999));

    [Theory]
    [InlineData(long.MaxValue, 9999)]
    [InlineData(214748365, 10)] // 2147483650 rows in: past what an int offset holds
    public void Pages_beyond_any_list_are_empty_rather_than_an_overflow(long pageNumber, long pageSize) =>
        Assert.Equal(int.MaxValue, PageWindow.From(pageNumber, pageSize, 9999).Skip);

    [Theory]
    [InlineData(0, 0, "PageSize")]
    [InlineData(0, -1, "PageSize")]
    [InlineData(0, 101, "PageSize")]
    [InlineData(-1, 10, "PageNumber")]
    public void Out_of_range_paging_is_an_invalid_value_naming_the_field(long pageNumber, long pageSize, string field)
    {
        var error = Assert.Throws<CloudApiException>(() => PageWindow.From(pageNumber, pageSize, 100));
        Assert.Equal(ErrorCodes.InvalidParameterValue, error.Code);
        Assert.StartsWith(field, error.Message);
    }

    [Fact]
    public void The_cap_itself_is_allowed() => Assert.Equal(100, PageWindow.From(0, 100, 100).Take);
}
