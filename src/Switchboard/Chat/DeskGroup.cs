using Switchboard.Routing;

namespace Switchboard.Chat;

/// <summary>A chat skill group as the desk routes it: its engine settings, name for records, members and idle timeout.</summary>
internal sealed record DeskGroup(long Id, string Name, SkillGroupSettings Settings, TimeSpan VisitorIdleTimeout, IReadOnlyDictionary<string, int> MemberPriorities);
