using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.NodeInterop;

/// <summary>
/// One of the ways a customer can configure the official Node SDK to sign: TC3 over POST (the default),
/// TC3 over GET (parameters flattened into the query), or the legacy v1 HmacSHA256 form post.
/// </summary>
public sealed record SigningStyle(string Name, string SignMethod, string ReqMethod)
{
    public static readonly SigningStyle Tc3Post = new("TC3 POST", "TC3-HMAC-SHA256", "POST");
    public static readonly SigningStyle Tc3Get = new("TC3 GET", "TC3-HMAC-SHA256", "GET");
    public static readonly SigningStyle V1HmacSha256 = new("v1 HmacSHA256", "HmacSHA256", "POST");

    public static IReadOnlyList<SigningStyle> All { get; } = [Tc3Post, Tc3Get, V1HmacSha256];

    /// <summary>The style names as theory data (plain strings, so each style is its own test case).</summary>
    public static TheoryData<string> Names => new(All.Select(s => s.Name));

    public static SigningStyle Named(string name) =>
        All.SingleOrDefault(s => s.Name == name) ?? throw new ArgumentException($"no signing style '{name}'", nameof(name));

    /// <summary>The script configured to sign in this style.</summary>
    public NodeInteropScript Apply(NodeInteropScript script) => script with { SignMethod = SignMethod, ReqMethod = ReqMethod };

    public override string ToString() => Name;
}
