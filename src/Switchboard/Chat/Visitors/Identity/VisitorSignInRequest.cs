namespace Switchboard.Chat.Visitors.Identity;

/// <summary>The body of <c>POST /chat/visitor/sign-in</c>.</summary>
/// <param name="VisitorId">The id the visitor had; needs <paramref name="VisitorToken"/> or <paramref name="UserSig"/> to prove it.</param>
/// <param name="VisitorToken">The token of an earlier sign-in: renews it and keeps the visitor id.</param>
/// <param name="UserSig">From the business's <c>CreateUserSig</c>: signs the visitor in as its <c>Uid</c>, verified.</param>
public sealed record VisitorSignInRequest(long SdkAppId, string? VisitorId = null, string? VisitorToken = null, string? UserSig = null);
