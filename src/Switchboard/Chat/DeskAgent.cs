namespace Switchboard.Chat;

/// <summary>A member of one of the application's chat groups: how records and visitors name them.</summary>
internal sealed record DeskAgent(string MailKey, string Mail, string Name);
