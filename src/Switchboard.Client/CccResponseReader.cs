using System.Net;
using System.Text;
using System.Text.Json;

namespace Switchboard.Client;

/// <summary>
/// Reads the <c>{"Response": {…}}</c> envelope: the typed response, or a <see cref="CccException"/> carrying the
/// API error or a <c>ClientError.*</c> code when the answer is not an envelope at all.
/// </summary>
internal static class CccResponseReader
{
    private const int QuotedBodyLimit = 200;

    public static TResponse Read<TResponse>(HttpStatusCode status, string? reason, byte[] body)
        where TResponse : CccResponse
    {
        if (status != HttpStatusCode.OK)
        {
            throw new CccException(CccException.HttpStatusCodeError,
                $"HTTP {(int)status} {reason}: {Quote(body)}", httpStatusCode: (int)status);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new CccException(CccException.InvalidResponse, $"The answer is not JSON: {Quote(body)}", innerException: e);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("Response", out var response)
                || response.ValueKind != JsonValueKind.Object)
            {
                throw new CccException(CccException.InvalidResponse, $"The answer has no Response object: {Quote(body)}");
            }
            string? requestId = StringOrNull(response, "RequestId");
            if (response.TryGetProperty("Error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                throw new CccException(StringOrNull(error, "Code") ?? "", StringOrNull(error, "Message") ?? "", requestId);
            }
            try
            {
                return response.Deserialize<TResponse>(CccJson.Options)
                    ?? throw new JsonException("The Response object is null.");
            }
            catch (JsonException e)
            {
                throw new CccException(CccException.InvalidResponse,
                    $"The Response object does not fit {typeof(TResponse).Name}: {e.Message}", requestId, innerException: e);
            }
        }
    }

    private static string? StringOrNull(JsonElement element, string name)
        => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The start of the body, for a message that shows what came back instead of an envelope.</summary>
    private static string Quote(byte[] body)
    {
        string text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, QuotedBodyLimit));
        return body.Length > QuotedBodyLimit ? text + "…" : text;
    }
}
