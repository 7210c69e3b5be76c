namespace Switchboard.Client;

/// <summary>One element of a chat message, typed with Tencent IM's element names.</summary>
public sealed record Message
{
    /// <summary><c>TIMTextElem</c>, <c>TIMImageElem</c> or <c>TIMFileElem</c>.</summary>
    public string Type { get; init; } = "";

    /// <summary>The text, or for an image or file a JSON object describing the attachment (see docs/chat.md).</summary>
    public string Content { get; init; } = "";
}
