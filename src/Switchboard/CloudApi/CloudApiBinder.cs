using System.Text.Json;
using Switchboard.Client;
using Switchboard.CloudApi.Parameters;

namespace Switchboard.CloudApi;

/// <summary>Turns a request's parameters (JSON body or flattened pairs) into the action's typed request.</summary>
internal static class CloudApiBinder
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        MaxDepth = 32,
        AllowDuplicateProperties = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    public static object Bind(IncomingRequest request, CloudApiAction action)
    {
        var schema = ParameterSchema.For(action.RequestType);
        using var document = request.HasJsonBody ? ParseJson(request) : FromFlat(request, schema);
        ParameterValidator.Validate(document.RootElement, schema, action.Name);
        try
        {
            return document.RootElement.Deserialize(action.RequestType, CccJson.Options)
                ?? throw new JsonException("null request");
        }
        catch (JsonException e)
        {
            // The validator has already named the usual mistakes; this catches whatever it let through.
            throw new CloudApiException(ErrorCodes.InvalidParameter,
                $"The parameters of {action.Name} could not be read: {e.Message}",
                $"{action.Name} 的参数无法解析。");
        }
    }

    private static JsonDocument ParseJson(IncomingRequest request)
    {
        if (request.Body.Length == 0) return JsonDocument.Parse("{}");
        try
        {
            return JsonDocument.Parse(request.Body.Memory, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new CloudApiException(ErrorCodes.InvalidRequest,
                $"The request body is not valid JSON: {FirstSentence(e.Message)}",
                "请求体不是合法的 JSON。");
        }
    }

    private static JsonDocument FromFlat(IncomingRequest request, ParameterSchema schema)
    {
        var json = FlatParameters.ToJson(request.ActionParameters, schema, request.Action);
        return JsonSerializer.SerializeToDocument(json);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
