namespace Switchboard.Media.Sdp;

/// <summary>Attribute look-ups shared by the session and media levels.</summary>
internal static class SdpAttributes
{
    internal static string? Value(this IEnumerable<SdpAttribute> attributes, string name) =>
        attributes.FirstOrDefault(a => a.Name == name)?.Value;

    internal static bool Has(this IEnumerable<SdpAttribute> attributes, string name) => attributes.Any(a => a.Name == name);

    internal static IEnumerable<string> Values(this IEnumerable<SdpAttribute> attributes, string name) =>
        attributes.Where(a => a.Name == name && a.Value is not null).Select(a => a.Value!);

    internal static SdpSetup? ParseSetup(string? value) => value switch
    {
        "actpass" => SdpSetup.ActPass,
        "active" => SdpSetup.Active,
        "passive" => SdpSetup.Passive,
        "holdconn" => SdpSetup.HoldConn,
        _ => null,
    };

    internal static string Format(SdpSetup setup) => setup switch
    {
        SdpSetup.ActPass => "actpass",
        SdpSetup.Active => "active",
        SdpSetup.Passive => "passive",
        _ => "holdconn",
    };

    internal static string Format(SdpDirection direction) => direction switch
    {
        SdpDirection.SendOnly => "sendonly",
        SdpDirection.RecvOnly => "recvonly",
        SdpDirection.Inactive => "inactive",
        _ => "sendrecv",
    };

    internal static SdpDirection? ParseDirection(string name) => name switch
    {
        "sendrecv" => SdpDirection.SendRecv,
        "sendonly" => SdpDirection.SendOnly,
        "recvonly" => SdpDirection.RecvOnly,
        "inactive" => SdpDirection.Inactive,
        _ => null,
    };
}
