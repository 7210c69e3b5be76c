using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Switchboard.Storage;

namespace Switchboard.Chat.Visitors.Attachments;

/// <summary>Where attachment files live: <c>Chat:AttachmentsDirectory</c>, else <c>attachments</c> in the data folder.</summary>
public sealed class AttachmentFolder
{
    private const string UrlSafe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    public AttachmentFolder(IOptions<ChatVisitorOptions> options, StorageSettings storage)
    {
        var configured = options.Value.AttachmentsDirectory;
        Path = System.IO.Path.GetFullPath(string.IsNullOrWhiteSpace(configured)
            ? System.IO.Path.Combine(storage.DataDirectory, "attachments")
            : configured);
    }

    /// <summary>The folder's absolute path.</summary>
    public string Path { get; }

    /// <summary>A new random attachment id (132 bits, URL-safe): unguessable, and safe as a file name.</summary>
    public static string NewId() => "a-" + RandomNumberGenerator.GetString(UrlSafe, 22);

    /// <summary>True for a string that can be an id made by <see cref="NewId"/>; anything else never touches the disk.</summary>
    public static bool IsWellFormedId(string id) =>
        id.Length == 24 && id.StartsWith("a-", StringComparison.Ordinal) && id.AsSpan(2).IndexOfAnyExcept(UrlSafe) < 0;

    /// <summary>The file of attachment <paramref name="id"/> (a well-formed id).</summary>
    public string FileOf(string id) => System.IO.Path.Combine(Path, id);

    /// <summary>Creates the folder if needed, readable by the server's user only.</summary>
    public void Ensure()
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(Path);
        else Directory.CreateDirectory(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
