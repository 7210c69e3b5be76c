using System.Globalization;
using System.Text;
using Switchboard.Media.Ice;

namespace Switchboard.Media.Sdp;

/// <summary>
/// An ICE candidate as SDP carries it in <c>a=candidate</c> (RFC 8839 §5.1):
/// <c>foundation component transport priority address port typ type [raddr a rport p] *(name value)</c>.
/// </summary>
/// <param name="Foundation">Groups candidates with the same base and server (1–32 ice-chars).</param>
/// <param name="Component">1 for RTP (and RTCP, with rtcp-mux).</param>
/// <param name="Transport"><c>udp</c> (or <c>tcp</c>), as written.</param>
/// <param name="Priority">The candidate priority (RFC 8445 §5.1.2).</param>
/// <param name="Address">An IP address or, from browsers hiding local addresses, an mDNS <c>.local</c> name.</param>
/// <param name="Port">The port.</param>
/// <param name="Type"><c>host</c>, <c>srflx</c>, <c>prflx</c> or <c>relay</c>.</param>
public sealed record SdpCandidate(string Foundation, int Component, string Transport, uint Priority, string Address, int Port, string Type)
{
    /// <summary>The related address of a reflexive or relayed candidate.</summary>
    public string? RelatedAddress { get; init; }

    /// <summary>The related port of a reflexive or relayed candidate.</summary>
    public int? RelatedPort { get; init; }

    /// <summary>Extension pairs after the standard fields, in order (<c>generation 0</c>, <c>ufrag …</c>, <c>network-id 1</c>).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Extensions { get; init; } = [];

    /// <summary>The <c>a=</c> line body: <c>candidate:1 1 udp 2130706431 203.0.113.5 3478 typ host</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder("candidate:");
        text.Append(Foundation).Append(' ').Append(Component.ToString(CultureInfo.InvariantCulture)).Append(' ')
            .Append(Transport).Append(' ').Append(Priority.ToString(CultureInfo.InvariantCulture)).Append(' ')
            .Append(Address).Append(' ').Append(Port.ToString(CultureInfo.InvariantCulture)).Append(" typ ").Append(Type);
        if (RelatedAddress is not null) text.Append(" raddr ").Append(RelatedAddress);
        if (RelatedPort is { } rport) text.Append(" rport ").Append(rport.ToString(CultureInfo.InvariantCulture));
        foreach (var (name, value) in Extensions) text.Append(' ').Append(name).Append(' ').Append(value);
        return text.ToString();
    }

    /// <summary>The SDP form of one of our ICE-lite host candidates.</summary>
    public static SdpCandidate From(IceCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return new SdpCandidate(candidate.Foundation, candidate.Component, candidate.Transport, candidate.Priority,
            candidate.Address.ToString(), candidate.Port, candidate.Type);
    }

    /// <summary>Equal when every field, related address and extension list are equal.</summary>
    public bool Equals(SdpCandidate? other) =>
        other is not null && Foundation == other.Foundation && Component == other.Component && Transport == other.Transport
        && Priority == other.Priority && Address == other.Address && Port == other.Port && Type == other.Type
        && RelatedAddress == other.RelatedAddress && RelatedPort == other.RelatedPort && Extensions.SequenceEqual(other.Extensions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Foundation, Component, Address, Port, Type);

    /// <summary>
    /// Parses a candidate, with or without the leading <c>candidate:</c> (the <c>a=</c> value or what a browser's
    /// <c>RTCIceCandidate.candidate</c> holds); false with a reason when a field is missing or malformed. Never throws.
    /// </summary>
    public static bool TryParse(string? value, out SdpCandidate? candidate, out string? error)
    {
        candidate = null;
        error = null;
        if (value is null) { error = "empty candidate"; return false; }
        if (value.StartsWith("candidate:", StringComparison.OrdinalIgnoreCase)) value = value["candidate:".Length..];
        var f = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (f.Length < 8) { error = "a candidate needs foundation, component, transport, priority, address, port, typ and type"; return false; }
        if (f[0].Length > 32) { error = "foundation longer than 32 characters"; return false; }
        if (!int.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var component) || component is < 1 or > 256)
        { error = $"bad component id '{f[1]}'"; return false; }
        if (!uint.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out var priority) || priority == 0)
        { error = $"bad priority '{f[3]}'"; return false; }
        if (!TryPort(f[5], out var port)) { error = $"bad port '{f[5]}'"; return false; }
        if (f[6] != "typ") { error = "expected 'typ' after the port"; return false; }
        string? raddr = null;
        int? rport = null;
        var extensions = new List<KeyValuePair<string, string>>();
        for (var i = 8; i < f.Length; i += 2)
        {
            if (i + 1 >= f.Length) { error = $"extension '{f[i]}' has no value"; return false; }
            switch (f[i])
            {
                case "raddr": raddr = f[i + 1]; break;
                case "rport":
                    if (!TryPort(f[i + 1], out var rp)) { error = $"bad rport '{f[i + 1]}'"; return false; }
                    rport = rp;
                    break;
                default: extensions.Add(new(f[i], f[i + 1])); break;
            }
        }
        candidate = new SdpCandidate(f[0], component, f[2], priority, f[4], port, f[7])
        {
            RelatedAddress = raddr, RelatedPort = rport, Extensions = extensions,
        };
        return true;
    }

    private static bool TryPort(string text, out int port) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port <= 65535;
}
