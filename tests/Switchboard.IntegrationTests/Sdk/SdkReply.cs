using System.Net;
using System.Text.Json;

namespace Switchboard.IntegrationTests.Sdk;

/// <summary>An answer of /sdk/login or /sdk/session/renew.</summary>
internal sealed record SdkReply(HttpStatusCode Status, JsonElement Body)
{
    /// <summary>The refusal code, or null for a success.</summary>
    public string? Code => Body.TryGetProperty("code", out var code) ? code.GetString() : null;

    public string Session => Body.GetProperty("session").GetString() ?? throw new InvalidOperationException($"no session in {Body}");

    public override string ToString() => $"{(int)Status} {Body}";
}
