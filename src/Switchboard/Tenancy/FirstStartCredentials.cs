namespace Switchboard.Tenancy;

/// <summary>What the first start created and must show the operator exactly once.</summary>
internal sealed record FirstStartCredentials(long SdkAppId, string SecretId, string SecretKey, string AdminLogin, string AdminPassword)
{
    public override string ToString() => $"FirstStartCredentials {{ SdkAppId = {SdkAppId}, SecretId = {SecretId} }}";
}
