namespace Switchboard.Chat;

/// <summary>
/// The application's key for visitor identities: <c>CreateUserSig</c> signs with it and the widget's sign-in
/// checks with it. Created on first use; stored only Data Protection–encrypted.
/// </summary>
public sealed class VisitorSigningKey
{
    public long SdkAppId { get; set; }
    public required string ProtectedKey { get; set; }
    /// <summary>Unix seconds.</summary>
    public long CreatedAt { get; set; }
}
