namespace Switchboard.Media.Stun;

/// <summary>The error codes an ICE-lite agent answers with (RFC 8489 §14.8, RFC 8445 §7.3.1.1).</summary>
public static class StunErrorCode
{
    /// <summary>400: the request is malformed, e.g. it lacks USERNAME or MESSAGE-INTEGRITY.</summary>
    public const int BadRequest = 400;

    /// <summary>401: the credentials are wrong (unknown username or bad MESSAGE-INTEGRITY).</summary>
    public const int Unauthorized = 401;

    /// <summary>420: the request carries comprehension-required attributes the server does not know.</summary>
    public const int UnknownAttribute = 420;

    /// <summary>487: both agents claim the same ICE role.</summary>
    public const int RoleConflict = 487;

    /// <summary>The reason phrase the RFCs recommend for <paramref name="code"/>.</summary>
    public static string ReasonPhrase(int code) => code switch
    {
        BadRequest => "Bad Request",
        Unauthorized => "Unauthorized",
        UnknownAttribute => "Unknown Attribute",
        RoleConflict => "Role Conflict",
        500 => "Server Error",
        _ => "Error",
    };
}
