namespace Switchboard.Chat;

/// <summary>An application's chat groups and their members, as the desk loaded them from Staff.</summary>
internal sealed record DeskDirectory(IReadOnlyDictionary<long, DeskGroup> Groups, IReadOnlyDictionary<string, DeskAgent> Agents);
