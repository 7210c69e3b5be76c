namespace Switchboard.Tenancy;

/// <summary>The rule every operator-given name (owner, application) follows.</summary>
internal static class DisplayNames
{
    public const int MaxLength = 200;

    /// <summary>The trimmed name; refuses empty and over-long ones, naming <paramref name="what"/> in the message.</summary>
    public static string Require(string name, string what)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0) throw new TenancyException($"{what} name must not be empty.");
        if (trimmed.Length > MaxLength) throw new TenancyException($"{what} name is longer than {MaxLength} characters.");
        return trimmed;
    }
}
