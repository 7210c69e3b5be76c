using Switchboard.Media.Transport;

namespace Switchboard.Media.Tests.Transport;

public class RtpPortRangeTests
{
    [Theory]
    [InlineData(20000, 20009, new[] { 20000, 20002, 20004, 20006, 20008 })]
    [InlineData(20001, 20008, new[] { 20002, 20004, 20006 })] // odd start rounds up; 20008 has no RTCP port
    public void Leases_even_ports_with_rtcp_above_until_the_range_is_used_up(int first, int last, int[] expected)
    {
        var range = new RtpPortRange(first, last);
        var leased = new List<int>();
        while (range.TryAllocate(out var lease))
        {
            Assert.Equal(lease!.RtpPort + 1, lease.RtcpPort);
            leased.Add(lease.RtpPort);
        }
        Assert.Equal(expected, leased);
        Assert.Equal(expected.Length, range.Capacity);
        Assert.Equal(expected.Length, range.InUse);
    }

    [Fact]
    public void A_released_port_is_reused_only_after_the_others()
    {
        var range = new RtpPortRange(30000, 30005);
        Assert.True(range.TryAllocate(out var first));
        first!.Dispose();
        first.Dispose(); // twice is harmless
        Assert.Equal(0, range.InUse);
        Assert.True(range.TryAllocate(out var second));
        Assert.Equal(30002, second!.RtpPort);
        Assert.True(range.TryAllocate(out var third));
        Assert.Equal(30004, third!.RtpPort);
        Assert.True(range.TryAllocate(out var fourth));
        Assert.Equal(30000, fourth!.RtpPort);
        Assert.False(range.TryAllocate(out _));
    }

    [Theory]
    [InlineData(80, 2000)]
    [InlineData(40000, 40000)]
    [InlineData(40000, 70000)]
    public void Ranges_without_a_usable_pair_are_refused(int first, int last)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RtpPortRange(first, last));
    }
}
