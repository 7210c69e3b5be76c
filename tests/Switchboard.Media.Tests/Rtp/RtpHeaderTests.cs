using CsCheck;
using Switchboard.Media.Rtp;

namespace Switchboard.Media.Tests.Rtp;

public class RtpHeaderTests
{
    [Fact]
    public void Reads_the_fixed_header_of_a_pcmu_packet()
    {
        byte[] packet = [0x80, 0x80, 0x12, 0x34, 0x00, 0x00, 0x0F, 0xA0, 0xDE, 0xAD, 0xBE, 0xEF, .. new byte[160]];

        Assert.True(RtpHeader.TryRead(packet, out var header));

        Assert.Equal(new RtpHeader
        {
            Marker = true, PayloadType = 0, SequenceNumber = 0x1234, Timestamp = 4000, Ssrc = 0xDEADBEEF, Length = 12,
        }, header);
    }

    [Fact]
    public void The_length_covers_csrcs_and_the_header_extension()
    {
        // Two CSRCs, then a one-byte-header extension (0xBEDE) of one 32-bit word.
        byte[] packet = [0x92, 0x08, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0xBE, 0xDE, 0x00, 0x01, 0x10, 0xFF, 0, 0, 0xAA];

        Assert.True(RtpHeader.TryRead(packet, out var header));

        Assert.Equal((2, true, 28), (header.CsrcCount, header.Extension, header.Length));
    }

    public static TheoryData<string, byte[]> Malformed => new()
    {
        { "shorter than 12 bytes", [0x80, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0] },
        { "version 1", [0x40, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1] },
        { "CSRC list past the end", [0x83, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 2] },
        { "extension header past the end", [0x90, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0xBE, 0xDE] },
        { "extension longer than the packet", [0x90, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0xBE, 0xDE, 0x00, 0x04, 0, 0, 0, 0] },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Refuses_malformed_headers(string name, byte[] packet)
    {
        Assert.False(RtpHeader.TryRead(packet, out _), name);
    }

    [Fact]
    public void Never_throws_and_never_claims_more_than_the_packet()
    {
        Gen.Byte.Array[0, 80].Sample(bytes => !RtpHeader.TryRead(bytes, out var header) || header.Length <= bytes.Length);
    }
}
