using Switchboard.CloudApi;
using Switchboard.Staff;

namespace Switchboard.Tests.Staff;

public sealed class SkillGroupChannelTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    [InlineData(-1, false)]
    public void Known_types_are_phone_chat_audio_video(long type, bool known) => Assert.Equal(known, SkillGroupChannel.IsDefined(type));

    [Theory]
    [InlineData(SkillGroupType.Phone, "TEL")]
    [InlineData(SkillGroupType.OnlineChat, "IM")]
    [InlineData(SkillGroupType.Audio, "TEL")]
    [InlineData(SkillGroupType.Video, "ALL")]
    public void Deprecated_type_label_follows_the_channel(SkillGroupType type, string label) =>
        Assert.Equal(label, SkillGroupChannel.Label((int)type));

    [Theory]
    [InlineData(SkillGroupType.Phone, 1, false)]
    [InlineData(SkillGroupType.OnlineChat, 1, false)]
    [InlineData(SkillGroupType.OnlineChat, 20, false)]
    [InlineData(SkillGroupType.OnlineChat, 2, true)]
    [InlineData(SkillGroupType.Phone, 1, true)]
    [InlineData(SkillGroupType.OnlineChat, 100, false)]
    public void Allowed_concurrency(SkillGroupType type, long maxConcurrency, bool ringAll) =>
        SkillGroupChannel.RequireConcurrency((int)type, maxConcurrency, ringAll);

    [Theory]
    [InlineData(SkillGroupType.Phone, 2, false, "must be 1 for phone")]
    [InlineData(SkillGroupType.Audio, 3, false, "must be 1 for phone")]
    [InlineData(SkillGroupType.Video, 0, false, "at least 1")]
    [InlineData(SkillGroupType.OnlineChat, 0, false, "at least 1")]
    [InlineData(SkillGroupType.OnlineChat, 3, true, "at most 2 in a ring-all")]
    [InlineData(SkillGroupType.OnlineChat, 101, false, "at most 100")]
    public void Refused_concurrency(SkillGroupType type, long maxConcurrency, bool ringAll, string problem)
    {
        var error = Assert.Throws<CloudApiException>(() => SkillGroupChannel.RequireConcurrency((int)type, maxConcurrency, ringAll));
        Assert.Equal(ErrorCodes.InvalidParameterValue, error.Code);
        Assert.StartsWith("MaxConcurrency", error.Message);
        Assert.Contains(problem, error.Message);
    }
}
