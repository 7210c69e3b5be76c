namespace Switchboard.Testing;

/// <summary>
/// A fresh owner with one application and one API key, plus an application of a second owner that this
/// tenant's key must not be able to see.
/// </summary>
public sealed record TestTenant(long OwnerId, long SdkAppId, string SecretId, string SecretKey, long OtherOwnersSdkAppId);
