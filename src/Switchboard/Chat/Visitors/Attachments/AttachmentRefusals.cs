using Switchboard.Chat.Visitors.Identity;

namespace Switchboard.Chat.Visitors.Attachments;

/// <summary>The refusals of the attachment endpoints, as <c>{code, message}</c> with an HTTP status.</summary>
public static class AttachmentRefusals
{
    /// <summary>Neither a visitor token nor an agent credential.</summary>
    public static readonly VisitorRefusal Unauthenticated = new(StatusCodes.Status401Unauthorized, "invalidCredential",
        "A visitor token or an agent session credential is required (Authorization: Bearer or access_token).");

    /// <summary>The session is not the caller's.</summary>
    public static readonly VisitorRefusal SessionNotFound = new(StatusCodes.Status404NotFound, ChatRefusals.NotFound,
        "There is no such session of yours; sessionId must name a session you take part in.");

    /// <summary>The session has ended.</summary>
    public static readonly VisitorRefusal SessionEnded = new(StatusCodes.Status409Conflict, ChatRefusals.Ended,
        "The session has ended; nothing more can be sent to it.");

    /// <summary>No such attachment in the caller's sessions (also: not theirs).</summary>
    public static readonly VisitorRefusal NotFound = new(StatusCodes.Status404NotFound, "attachmentNotFound",
        "There is no such attachment in a session you take part in.");

    /// <summary>The upload is not a multipart form.</summary>
    public static readonly VisitorRefusal NotMultipart = new(StatusCodes.Status400BadRequest, "badRequest",
        "Send the file as multipart/form-data in a field named 'file'.");

    /// <summary>The form has no <c>file</c> field.</summary>
    public static readonly VisitorRefusal NoFile = new(StatusCodes.Status400BadRequest, "badRequest",
        "The form has no file in a field named 'file'.");

    /// <summary>The file has no bytes.</summary>
    public static readonly VisitorRefusal Empty = new(StatusCodes.Status400BadRequest, "badRequest", "The file is empty.");

    /// <summary>The bytes are none of the allowed types.</summary>
    public static readonly VisitorRefusal UnsupportedType = new(StatusCodes.Status415UnsupportedMediaType, "unsupportedType",
        "Only images (PNG, JPEG, GIF, WebP), PDF, ZIP and plain-text files can be sent; the file's content is none of these.");

    /// <summary>The file is over the configured limit.</summary>
    public static VisitorRefusal TooLarge(long maxBytes) => new(StatusCodes.Status413PayloadTooLarge, "fileTooLarge",
        $"The file is larger than the limit of {maxBytes / (1024.0 * 1024.0):0.#} MB ({maxBytes} bytes).");
}
