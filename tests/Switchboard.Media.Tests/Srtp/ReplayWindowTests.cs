using Switchboard.Media.Srtp;

namespace Switchboard.Media.Tests.Srtp;

public class ReplayWindowTests
{
    public static TheoryData<string, ulong[], ulong, SrtpFailure> Cases => new()
    {
        { "nothing accepted yet", [], 5, SrtpFailure.None },
        { "next in order", [1, 2, 3], 4, SrtpFailure.None },
        { "far ahead", [1], 1_000_000, SrtpFailure.None },
        { "same as the highest", [1, 2, 3], 3, SrtpFailure.Replayed },
        { "older one already seen", [1, 2, 3], 2, SrtpFailure.Replayed },
        { "gap inside the window", [1, 3], 2, SrtpFailure.None },
        { "last slot of the window", [1000], 1000 - ReplayWindow.Size + 1, SrtpFailure.None },
        { "just behind the window", [1000], 1000 - ReplayWindow.Size, SrtpFailure.TooOld },
        { "seen before a jump that kept it inside", [900, 1000], 900, SrtpFailure.Replayed },
        { "seen before a jump past the window", [10, 500], 10, SrtpFailure.TooOld },
        { "late arrival recorded", [5, 10, 7], 7, SrtpFailure.Replayed },
        { "48-bit index past a rollover", [0x1_FFFF, 0x2_0001], 0x2_0000, SrtpFailure.None },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Checks_an_index_against_what_was_accepted(string name, ulong[] accepted, ulong index, SrtpFailure expected)
    {
        var window = new ReplayWindow();
        foreach (var a in accepted) window.Accept(a);

        Assert.True(expected == window.Check(index), name);
    }

    [Fact]
    public void Checking_does_not_accept()
    {
        var window = new ReplayWindow();
        window.Accept(1);

        Assert.Equal(SrtpFailure.None, window.Check(2));
        Assert.Equal(SrtpFailure.None, window.Check(2));
        Assert.Equal(1ul, window.Highest);
    }
}
