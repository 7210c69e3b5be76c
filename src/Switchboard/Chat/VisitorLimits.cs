namespace Switchboard.Chat;

/// <summary>Sizes of what a visitor may pass; the store's columns (ChatModel) and the desk hold exactly these.</summary>
public static class VisitorLimits
{
    /// <summary>Characters of a visitor id (an anonymous one is 24; a business's <c>Uid</c> may be longer).</summary>
    public const int MaxVisitorIdLength = 128;

    /// <summary>Characters of a nickname.</summary>
    public const int MaxNicknameLength = 100;

    /// <summary>Characters of <c>clientData</c>.</summary>
    public const int MaxClientDataLength = 2048;

    /// <summary>Characters of an avatar URL.</summary>
    public const int MaxAvatarLength = 1024;

    /// <summary>Characters of a channel name.</summary>
    public const int MaxChannelLength = 128;

    /// <summary>Characters of the page origin recorded as the session's source.</summary>
    public const int MaxPeerSourceLength = 512;

    /// <summary>Characters of a session id (a UUID is 36).</summary>
    public const int MaxSessionIdLength = 64;

    /// <summary>Characters of a client message id.</summary>
    public const int MaxClientMessageIdLength = 64;

    /// <summary>The nickname agents see when the host page gives none.</summary>
    public const string DefaultNickname = "Visitor";
}
