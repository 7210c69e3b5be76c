using System.Text.Json;

namespace Switchboard.CloudApi.Parameters;

/// <summary>
/// Checks a request's JSON against its <see cref="ParameterSchema"/> before it is bound, so callers get
/// TCCC's codes naming the exact parameter (<c>Staffs.0.Mail</c>) instead of a generic binding failure:
/// <c>UnknownParameter</c>, <c>MissingParameter</c>, <c>InvalidParameter</c> (wrong JSON type).
/// </summary>
public static class ParameterValidator
{
    /// <summary>Throws a <see cref="CloudApiException"/> describing the first problem found.</summary>
    public static void Validate(JsonElement root, ParameterSchema schema, string action)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw new CloudApiException(ErrorCodes.InvalidRequest,
                $"The request body of {action} must be a JSON object.",
                $"{action} 的请求体必须是 JSON 对象。");
        ValidateObject(root, schema, prefix: "", action);
    }

    private static void ValidateObject(JsonElement obj, ParameterSchema schema, string prefix, string action)
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (!schema.Fields.TryGetValue(property.Name, out var field))
                throw Unknown(prefix + property.Name, schema, action);
            ValidateValue(property.Value, field, prefix + property.Name, action);
        }
        foreach (var name in schema.Required)
        {
            if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
                throw new CloudApiException(ErrorCodes.MissingParameter,
                    $"The required parameter `{prefix}{name}` is missing.",
                    $"缺少必填参数 `{prefix}{name}`。");
        }
    }

    private static void ValidateValue(JsonElement value, ParameterField field, string path, string action)
    {
        // The Tencent SDKs drop nulls before sending; treating null as "absent" matches them.
        if (value.ValueKind == JsonValueKind.Null) return;
        switch (field.Kind)
        {
            case ParameterKind.Any:
                return;
            case ParameterKind.Integer when value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _):
            case ParameterKind.Float when value.ValueKind == JsonValueKind.Number:
            case ParameterKind.String when value.ValueKind == JsonValueKind.String:
            case ParameterKind.Boolean when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                return;
            case ParameterKind.Array when value.ValueKind == JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    ValidateValue(item, field.Element!, $"{path}.{index}", action);
                    index++;
                }
                return;
            case ParameterKind.Object when value.ValueKind == JsonValueKind.Object:
                ValidateObject(value, field.Object!, path + ".", action);
                return;
            default:
                throw WrongType(path, field, value);
        }
    }

    private static CloudApiException WrongType(string path, ParameterField field, JsonElement value)
    {
        var expected = Describe(field.Kind);
        var detail = field.Kind == ParameterKind.Integer && value.ValueKind == JsonValueKind.Number
            ? "a whole number within 64 bits"
            : expected;
        return new CloudApiException(ErrorCodes.InvalidParameter,
            $"The parameter `{path}` must be {detail}, but a JSON {value.ValueKind.ToString().ToLowerInvariant()} was sent.",
            $"参数 `{path}` 的类型应为 {expected}。");
    }

    private static CloudApiException Unknown(string path, ParameterSchema schema, string action)
    {
        var lastDot = path.LastIndexOf('.');
        var name = lastDot < 0 ? path : path[(lastDot + 1)..];
        var suggestion = schema.Fields.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        var hint = suggestion is null ? "" : $" Did you mean `{suggestion}`? Names are case-sensitive.";
        return new CloudApiException(ErrorCodes.UnknownParameter,
            $"`{path}` is not a parameter of {action}.{hint}",
            $"`{path}` 不是 {action} 的参数。");
    }

    private static string Describe(ParameterKind kind) => kind switch
    {
        ParameterKind.Integer => "an integer",
        ParameterKind.Float => "a number",
        ParameterKind.Boolean => "a boolean",
        ParameterKind.String => "a string",
        ParameterKind.Array => "an array",
        ParameterKind.Object => "an object",
        _ => "a value",
    };
}
