using Switchboard.Chat;

namespace Switchboard.Sdk.Hub.Chat;

/// <summary>The argument of <c>userAccessed</c>: the session id (TCCC's field) and the session as it is now, for the workstation.</summary>
public sealed record ChatAccessedNotice(string SessionId, ChatSessionView Session);
