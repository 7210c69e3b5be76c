using System.Text.Json;

namespace Switchboard.IntegrationTests.Infrastructure;

/// <summary>What the official Node SDK made of one call: the <c>Response</c> object, or the error it raised.</summary>
public sealed record NodeCallResult
{
    /// <summary>True when the SDK returned a response instead of throwing.</summary>
    public required bool Ok { get; init; }

    /// <summary>The content of <c>{"Response": …}</c> as the SDK returned it; undefined when <see cref="Ok"/> is false.</summary>
    public JsonElement Response { get; init; }

    /// <summary>The API error code (e.g. <c>AuthFailure.SignatureFailure</c>); null for transport errors.</summary>
    public string? Code { get; init; }

    /// <summary>The SDK's error message: the server's message for API errors.</summary>
    public string? Message { get; init; }

    /// <summary>The RequestId the SDK attached to the error.</summary>
    public string? RequestId { get; init; }

    /// <summary>The HTTP status when the SDK rejected a non-200 answer.</summary>
    public int? HttpCode { get; init; }

    /// <inheritdoc />
    public override string ToString() => Ok
        ? $"ok {Response.GetRawText()}"
        : $"error code={Code ?? "(none)"} http={HttpCode?.ToString() ?? "-"} requestId={RequestId ?? "-"}: {Message}";
}
