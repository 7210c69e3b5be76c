namespace Switchboard.Media.Sdp;

/// <summary>
/// An SDP line this model does not break down further (<c>t=</c>, <c>c=</c>, <c>b=</c>, <c>i=</c>...), kept in order.
/// </summary>
/// <param name="Type">The one-letter type before <c>=</c>.</param>
/// <param name="Value">Everything after <c>=</c>.</param>
public sealed record SdpLine(char Type, string Value)
{
    /// <summary>The line as written, without the line ending.</summary>
    public override string ToString() => $"{Type}={Value}";
}
