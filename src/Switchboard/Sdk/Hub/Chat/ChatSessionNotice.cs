namespace Switchboard.Sdk.Hub.Chat;

/// <summary>The argument of <c>autoTransfer</c>, <c>offerRevoked</c> and <c>sessionCompleted</c>: which session.</summary>
public sealed record ChatSessionNotice(string SessionId);
