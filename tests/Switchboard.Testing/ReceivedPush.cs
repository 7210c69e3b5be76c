namespace Switchboard.Testing;

/// <summary>One request the test receiver got: its path and query, headers (lower-cased names) and body as received.</summary>
public sealed record ReceivedPush(string Path, IReadOnlyDictionary<string, string> Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : "";
}
