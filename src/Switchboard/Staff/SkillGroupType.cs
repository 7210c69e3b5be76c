namespace Switchboard.Staff;

/// <summary>The channel a skill group serves; numeric values are TCCC's.</summary>
public enum SkillGroupType
{
    Phone = 0,
    OnlineChat = 1,
    Audio = 3,
    Video = 4,
}
