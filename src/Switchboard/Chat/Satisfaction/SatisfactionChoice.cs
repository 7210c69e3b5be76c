namespace Switchboard.Chat.Satisfaction;

/// <summary>One answer a visitor can give to "how was your chat?": what <c>IMCdrInfo.Satisfaction</c> reports.</summary>
/// <param name="Id">1 for the first label of the scale, 2 for the next…</param>
/// <param name="Label">The words the visitor saw and chose.</param>
public sealed record SatisfactionChoice(int Id, string Label);
