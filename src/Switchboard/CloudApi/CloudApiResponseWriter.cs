using System.Text.Json;
using Switchboard.Client;

namespace Switchboard.CloudApi;

/// <summary>
/// Writes TCCC's envelope: always HTTP 200, <c>Content-Type: application/json</c> exactly (the Python SDK
/// compares it literally), and <c>{"Response":{…,"RequestId"}}</c> for success and failure alike.
/// </summary>
internal static class CloudApiResponseWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = CccJson.Options.Encoder,
        SkipValidation = true,
    };

    public static async Task WriteSuccessAsync(HttpContext http, CccResponse response, string requestId)
    {
        PrepareHeaders(http);
        var body = response with { RequestId = requestId };
        await using (var writer = new Utf8JsonWriter(http.Response.BodyWriter, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("Response"u8);
            JsonSerializer.Serialize(writer, body, body.GetType(), CccJson.Options);
            writer.WriteEndObject();
        }
        await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
    }

    public static async Task WriteErrorAsync(HttpContext http, string code, string message, string requestId)
    {
        PrepareHeaders(http);
        await using (var writer = new Utf8JsonWriter(http.Response.BodyWriter, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("Response"u8);
            writer.WriteStartObject("Error"u8);
            writer.WriteString("Code"u8, code);
            writer.WriteString("Message"u8, message);
            writer.WriteEndObject();
            writer.WriteString("RequestId"u8, requestId);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
    }

    private static void PrepareHeaders(HttpContext http)
    {
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        // The Node SDK copies x-tc-traceid from the response into its errors, which helps correlate logs.
        var traceId = http.Request.Headers["X-TC-TraceId"];
        if (!string.IsNullOrEmpty(traceId) && traceId.ToString().Length <= 128)
            response.Headers["X-TC-TraceId"] = traceId;
    }
}
