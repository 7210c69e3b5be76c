namespace Switchboard.Media.Sdp;

/// <summary>
/// One <c>a=</c> line: a property attribute (<c>a=rtcp-mux</c>, no value) or a value attribute
/// (<c>a=mid:0</c>). Unknown attributes are kept as they are so they survive parse and serialize.
/// </summary>
/// <param name="Name">The attribute name, as written.</param>
/// <param name="Value">Everything after the first colon; null for a property attribute.</param>
public sealed record SdpAttribute(string Name, string? Value = null)
{
    /// <summary>The line body without <c>a=</c>.</summary>
    public override string ToString() => Value is null ? Name : $"{Name}:{Value}";

    internal static SdpAttribute Parse(string body)
    {
        var colon = body.IndexOf(':');
        return colon < 0 ? new SdpAttribute(body) : new SdpAttribute(body[..colon], body[(colon + 1)..]);
    }
}
