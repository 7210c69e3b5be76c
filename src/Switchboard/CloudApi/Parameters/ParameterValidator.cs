using System.Runtime.InteropServices;
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
            // Out-of-range numbers would bind as infinity; the flattened form refuses them, and so does this.
            case ParameterKind.Float when value.ValueKind == JsonValueKind.Number && IsFinite(value):
            case ParameterKind.Boolean when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                return;
            case ParameterKind.String when value.ValueKind == JsonValueKind.String:
                if (!IsReadableText(value))
                    throw new CloudApiException(ErrorCodes.InvalidParameter,
                        $"The parameter `{path}` is not valid Unicode text: it contains an unpaired surrogate escape.",
                        $"参数 `{path}` 不是有效的 Unicode 文本。");
                return;
            case ParameterKind.Array when value.ValueKind == JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    // Unlike a member, an element cannot be absent: a null would reach the handler inside the list.
                    if (item.ValueKind == JsonValueKind.Null)
                        throw WrongType($"{path}.{index}", field.Element!, item);
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

    private static bool IsFinite(JsonElement number) => number.TryGetDouble(out var value) && double.IsFinite(value);

    /// <summary>
    /// An escape can spell a lone surrogate (<c>"\ud800"</c>), from which no string can be read; only text with a
    /// backslash needs the allocating check.
    /// </summary>
    private static bool IsReadableText(JsonElement value)
    {
        if (!JsonMarshal.GetRawUtf8Value(value).Contains((byte)'\\')) return true;
        try
        {
            value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static CloudApiException WrongType(string path, ParameterField field, JsonElement value)
    {
        var expected = Describe(field.Kind);
        var detail = (field.Kind, value.ValueKind) switch
        {
            (ParameterKind.Integer, JsonValueKind.Number) => "a whole number within 64 bits",
            (ParameterKind.Float, JsonValueKind.Number) => "a finite number within the range of a double",
            _ => expected,
        };
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
