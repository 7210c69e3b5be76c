namespace Switchboard.IntegrationTests.Infrastructure;

/// <summary>
/// One action for the Node SDK driver to send. <paramref name="Params"/> is serialized with the ccc API's
/// JSON conventions (PascalCase as written, nulls omitted); pass a <c>JsonNode</c> to send exact JSON.
/// <paramref name="ClockOffsetSeconds"/> overrides the script's clock shift for this call only.
/// </summary>
public sealed record NodeCall(string Action, object? Params = null, long? ClockOffsetSeconds = null);
