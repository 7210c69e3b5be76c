namespace Switchboard.Routing;

/// <summary>The answer to one engine call: refused with a reason (nothing changed), or accepted with what followed.</summary>
public sealed record RoutingResult(bool Accepted, string? Refusal, IReadOnlyList<RoutingOutcome> Outcomes)
{
    internal static RoutingResult Refuse(string refusal) => new(false, refusal, []);
}
