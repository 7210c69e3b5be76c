using Orleans;

namespace Switchboard.Chat;

/// <summary>A visitor as the visitor side proved it: anonymous ids are issued by Switchboard, verified ones come from the business's UserSig.</summary>
/// <param name="SdkAppId">The application whose widget the visitor uses.</param>
/// <param name="VisitorId">The visitor's id (<c>ClientUserId</c>).</param>
/// <param name="Verified">True when a UserSig from <c>CreateUserSig</c> proved the id; only verified visitors see past conversations.</param>
[GenerateSerializer, Immutable, Alias("Switchboard.Chat.VisitorIdentity")]
public readonly record struct VisitorIdentity(long SdkAppId, string VisitorId, bool Verified);
