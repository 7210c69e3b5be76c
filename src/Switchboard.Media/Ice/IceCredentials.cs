using System.Security.Cryptography;

namespace Switchboard.Media.Ice;

/// <summary>
/// An ICE username fragment and password (the SDP's <c>a=ice-ufrag</c> and <c>a=ice-pwd</c>). The password is the
/// short-term STUN credential: connectivity checks sent to the owner of these credentials are keyed with it.
/// </summary>
/// <param name="Ufrag">Username fragment, 4–256 ICE characters.</param>
/// <param name="Password">Password, 22–256 ICE characters.</param>
public sealed record IceCredentials(string Ufrag, string Password)
{
    /// <summary>The ICE character set of RFC 8839 §5.4: letters, digits, '+' and '/'.</summary>
    public const string IceChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>Length of generated ufrags: 48 random bits, well over the 24 RFC 8445 §5.3 asks for.</summary>
    public const int GeneratedUfragLength = 8;

    /// <summary>Length of generated passwords: 144 random bits, over the 128 RFC 8445 §5.3 asks for.</summary>
    public const int GeneratedPasswordLength = 24;

    /// <summary>Fresh local credentials from the cryptographic generator.</summary>
    public static IceCredentials Generate() =>
        new(RandomNumberGenerator.GetString(IceChars, GeneratedUfragLength),
            RandomNumberGenerator.GetString(IceChars, GeneratedPasswordLength));

    /// <summary>Whether <paramref name="value"/> is non-empty and made of ICE characters only.</summary>
    public static bool IsIceString(ReadOnlySpan<char> value) =>
        !value.IsEmpty && !value.ContainsAnyExcept(IceChars);

    /// <inheritdoc />
    public override string ToString() => $"{Ufrag}:***"; // never log the password
}
