namespace Switchboard.Tenancy;

/// <summary>
/// A freshly created API key, the only moment its SecretKey exists in plain text: show it to the
/// operator once and forget it.
/// </summary>
public sealed record IssuedApiKey(string SecretId, string SecretKey, long OwnerId, string? Description, long CreatedAt)
{
    /// <summary>Leaves the SecretKey out, so that logging the record cannot leak it.</summary>
    public override string ToString() => $"IssuedApiKey {{ SecretId = {SecretId}, OwnerId = {OwnerId} }}";
}
