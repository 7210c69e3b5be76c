using Switchboard.Media.Ice;

namespace Switchboard.Media.Tests.Ice;

public class IceCandidateTests
{
    [Theory]
    [InlineData(65535, 1, 2130706431u)]
    [InlineData(65534, 1, 2130706175u)]
    [InlineData(65535, 2, 2130706430u)]
    public void Host_priority_follows_the_rfc_8445_formula(int localPreference, int component, uint expected)
    {
        Assert.Equal(expected, IceCandidate.HostPriority(localPreference, component));
    }
}
