using Switchboard.Media.Srtp;

namespace Switchboard.Media.Tests.Srtp;

public class RolloverCounterTests
{
    public static TheoryData<string, ulong, ushort, long> Cases => new()
    {
        { "next in the same period", 0x0_1000, 0x1001, 0x0_1001 },
        { "late in the same period", 0x0_1000, 0x0FF0, 0x0_0FF0 },
        { "wrap 65535 → 0 carries", 0x0_FFFF, 0x0000, 0x1_0000 },
        { "wrap with loss carries", 0x0_FFF0, 0x0010, 0x1_0010 },
        { "late packet from before the wrap keeps the old ROC", 0x1_0002, 0xFFFE, 0x0_FFFE },
        { "second wrap", 0x1_FFFF, 0x0001, 0x2_0001 },
        { "half a period ahead stays in the period", 0x0_0000, 0x8000, 0x0_8000 },
        { "before the first packet of the stream", 0x0_0010, 0xFFF0, -1 },
        { "no period after the last ROC", ((ulong)uint.MaxValue << 16) | 0xFFFF, 0x0000, -1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Places_a_sequence_number_in_the_closest_rollover_period(string name, ulong highest, ushort sequence, long expected)
    {
        Assert.True(expected == RolloverCounter.EstimateIndex(highest, sequence), name);
    }
}
