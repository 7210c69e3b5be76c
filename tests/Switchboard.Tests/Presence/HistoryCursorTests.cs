using Switchboard.CloudApi;
using Switchboard.Presence.Actions;

namespace Switchboard.Tests.Presence;

public sealed class HistoryCursorTests
{
    [Theory]
    [InlineData(1L)]
    [InlineData(4_294_967_296L)]
    [InlineData(long.MaxValue)]
    public void A_cursor_reads_back_as_the_entry_it_was_written_for(long id) =>
        Assert.Equal(id, DescribeStaffStatusHistoryAction.ReadCursor(DescribeStaffStatusHistoryAction.WriteCursor(id)));

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("AAAAAAAAAAA")]
    [InlineData("gAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAE=")]
    [InlineData("AAAAAAAAA$E")]
    [InlineData("AAAAAAAAAAAA")]
    public void Anything_else_is_refused_as_InvalidParameterValue(string cursor)
    {
        var error = Assert.Throws<CloudApiException>(() => DescribeStaffStatusHistoryAction.ReadCursor(cursor));
        Assert.Equal(ErrorCodes.InvalidParameterValue, error.Code);
    }
}
