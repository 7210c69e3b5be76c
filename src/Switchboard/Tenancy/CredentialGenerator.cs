using System.Security.Cryptography;

namespace Switchboard.Tenancy;

/// <summary>Mints SdkAppIds, API key pairs and admin passwords from the operating system's CSPRNG.</summary>
public static class CredentialGenerator
{
    /// <summary>Every SecretId starts with this, as Tencent Cloud's do; clients and log readers recognise it.</summary>
    public const string SecretIdPrefix = "AKID";

    /// <summary>Random characters after <see cref="SecretIdPrefix"/>.</summary>
    public const int SecretIdRandomLength = 32;

    /// <summary>Length of a SecretKey (about 190 bits of entropy).</summary>
    public const int SecretKeyLength = 32;

    /// <summary>Length of a generated admin password (about 119 bits of entropy).</summary>
    public const int PasswordLength = 20;

    /// <summary>Smallest SdkAppId: TCCC application ids are 10 digits starting with 160.</summary>
    public const long FirstSdkAppId = 1_600_000_000;

    /// <summary>Largest SdkAppId.</summary>
    public const long LastSdkAppId = 1_609_999_999;

    private const string Alphanumerics = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A random candidate SdkAppId; the caller checks it is not taken.</summary>
    public static long NewSdkAppId() =>
        FirstSdkAppId + RandomNumberGenerator.GetInt32((int)(LastSdkAppId - FirstSdkAppId + 1));

    /// <summary>"AKID" followed by 32 random letters and digits.</summary>
    public static string NewSecretId() => SecretIdPrefix + RandomNumberGenerator.GetString(Alphanumerics, SecretIdRandomLength);

    /// <summary>32 random letters and digits.</summary>
    public static string NewSecretKey() => RandomNumberGenerator.GetString(Alphanumerics, SecretKeyLength);

    /// <summary>20 random letters and digits: easy to paste, long enough to need no symbols.</summary>
    public static string NewPassword() => RandomNumberGenerator.GetString(Alphanumerics, PasswordLength);
}
