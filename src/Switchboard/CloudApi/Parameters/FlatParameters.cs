using System.Globalization;
using System.Text.Json.Nodes;

namespace Switchboard.CloudApi.Parameters;

/// <summary>
/// Rebuilds a nested request from flattened parameters (<c>Staffs.0.Name=A</c>, <c>SkillGroupIds.1=7</c>), as
/// sent by v1-signed requests and TC3 GET requests. Every value arrives as a string; the schema says what each
/// one must become, so <c>SdkAppId=1400000001</c> binds as a number and <c>OnlyOnce=true</c> as a boolean.
/// </summary>
public static class FlatParameters
{
    /// <summary>Array indices above this are refused, so a single parameter cannot make us allocate a huge array.</summary>
    public const int MaxIndex = 9_999;

    /// <summary>Builds the JSON object for <paramref name="schema"/>; throws a <see cref="CloudApiException"/> on bad input.</summary>
    public static JsonObject ToJson(IEnumerable<KeyValuePair<string, string>> parameters, ParameterSchema schema, string action)
    {
        var root = new Branch(schema, null);
        foreach (var (key, value) in parameters)
            root.Add(key.Split('.'), 0, key, value, action);
        return (JsonObject)root.ToJson(action, "");
    }

    // A node of the tree being rebuilt: an object (schema set) or an array (element set).
    private sealed class Branch(ParameterSchema? schema, ParameterField? element)
    {
        private readonly Dictionary<string, object> _members = new(StringComparer.Ordinal);
        private readonly SortedDictionary<int, object> _items = new();

        public void Add(string[] segments, int at, string key, string value, string action)
        {
            var segment = segments[at];
            ParameterField field;
            if (schema is not null)
            {
                if (!schema.Fields.TryGetValue(segment, out field!))
                    throw new CloudApiException(ErrorCodes.UnknownParameter,
                        $"`{key}` is not a parameter of {action}.", $"`{key}` 不是 {action} 的参数。");
                Store(_members, segment, field, segments, at, key, value, action);
            }
            else
            {
                if (!int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index > MaxIndex)
                    throw new CloudApiException(ErrorCodes.InvalidParameter,
                        $"`{key}`: `{segment}` is not an array index (0 to {MaxIndex}).",
                        $"`{key}`：`{segment}` 不是有效的数组下标。");
                Store(_items, index, element!, segments, at, key, value, action);
            }
        }

        private static void Store<TKey>(IDictionary<TKey, object> into, TKey slot, ParameterField field,
            string[] segments, int at, string key, string value, string action) where TKey : notnull
        {
            var last = at == segments.Length - 1;
            if (field.Kind is ParameterKind.Array or ParameterKind.Object)
            {
                if (last)
                    throw new CloudApiException(ErrorCodes.InvalidParameter,
                        $"`{key}` is {(field.Kind == ParameterKind.Array ? "an array: send `" + key + ".0`, `" + key + ".1`, …" : "an object: send its members as `" + key + ".Name`")}.",
                        $"`{key}` 是复合参数，请展开发送。");
                if (!into.TryGetValue(slot, out var existing))
                {
                    existing = field.Kind == ParameterKind.Array
                        ? new Branch(null, field.Element)
                        : new Branch(field.Object, null);
                    into[slot] = existing;
                }
                if (existing is not Branch branch)
                    throw Duplicate(key);
                branch.Add(segments, at + 1, key, value, action);
                return;
            }
            if (!last)
                throw new CloudApiException(ErrorCodes.UnknownParameter,
                    $"`{key}` is not a parameter of {action}.", $"`{key}` 不是 {action} 的参数。");
            if (into.ContainsKey(slot)) throw Duplicate(key);
            into[slot] = Convert(field.Kind, key, value);
        }

        public JsonNode ToJson(string action, string path)
        {
            if (schema is not null)
            {
                var obj = new JsonObject();
                foreach (var (name, member) in _members)
                    obj[name] = Materialize(member, action, path + name);
                return obj;
            }
            var array = new JsonArray();
            var expected = 0;
            foreach (var (index, item) in _items)
            {
                if (index != expected)
                    throw new CloudApiException(ErrorCodes.InvalidParameter,
                        $"`{path}.{expected}` is missing: array elements must be numbered from 0 without gaps.",
                        $"缺少 `{path}.{expected}`：数组下标必须从 0 开始连续编号。");
                array.Add(Materialize(item, action, $"{path}.{index}"));
                expected++;
            }
            return array;
        }

        private static JsonNode? Materialize(object member, string action, string path) =>
            member is Branch branch ? branch.ToJson(action, path) : (JsonNode?)member;
    }

    private static JsonNode Convert(ParameterKind kind, string key, string value)
    {
        switch (kind)
        {
            case ParameterKind.Integer:
                if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                    return JsonValue.Create(integer);
                break;
            case ParameterKind.Float:
                if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
                    return JsonValue.Create(number);
                break;
            case ParameterKind.Boolean:
                if (bool.TryParse(value, out var flag)) return JsonValue.Create(flag);
                break;
            default:
                return JsonValue.Create(value);
        }
        var expected = kind switch
        {
            ParameterKind.Boolean => "true or false",
            ParameterKind.Integer => "an integer",
            _ => "a number",
        };
        throw new CloudApiException(ErrorCodes.InvalidParameter,
            $"The parameter `{key}` must be {expected}, not `{(value.Length > 40 ? value[..40] + "…" : value)}`.",
            $"参数 `{key}` 的取值格式不正确。");
    }

    private static CloudApiException Duplicate(string key) =>
        new(ErrorCodes.InvalidParameter, $"The parameter `{key}` was sent more than once.", $"参数 `{key}` 重复。");
}
