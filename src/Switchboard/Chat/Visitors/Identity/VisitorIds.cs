using System.Security.Cryptography;

namespace Switchboard.Chat.Visitors.Identity;

/// <summary>Visitor ids: anonymous ones are minted here; verified ones are the business's <c>Uid</c>.</summary>
public static class VisitorIds
{
    /// <summary>Characters of a visitor id (the store's column).</summary>
    public const int MaxLength = 128;

    /// <summary>Every anonymous id starts with this.</summary>
    public const string AnonymousPrefix = "v-";

    private const string UrlSafe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /// <summary>"v-" and 22 random URL-safe characters (132 bits): unguessable, so the id itself grants nothing.</summary>
    public static string NewAnonymous() => AnonymousPrefix + RandomNumberGenerator.GetString(UrlSafe, 22);

    /// <summary>True for a business user id Switchboard can store and show: 1 to 128 characters, no control characters.</summary>
    public static bool IsValidUid(string? uid) =>
        !string.IsNullOrEmpty(uid) && uid.Length <= MaxLength && !uid.Any(char.IsControl);
}
