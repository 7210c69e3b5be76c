namespace Switchboard.Chat.Visitors.Identity;

/// <summary>
/// An application's visitor signing key is stored but this node cannot decrypt it: the Data Protection key ring that
/// encrypted it is gone or differs (a restored database without its key folder, a node that does not share the
/// ring). No UserSig can be made or checked until an operator restores the ring or deletes the key.
/// </summary>
internal sealed class VisitorSigningKeyUnreadableException(long sdkAppId, Exception inner)
    : Exception($"The visitor signing key of application {sdkAppId} cannot be decrypted with this node's Data Protection key ring.", inner)
{
    /// <summary>The application whose key is unreadable.</summary>
    public long SdkAppId { get; } = sdkAppId;
}
