using System.Text.Json;

namespace Switchboard.Client.Signing;

/// <summary>
/// Turns a request into the flat parameters of GET queries and v1 form bodies, as the Tencent Cloud SDKs do:
/// nested members become dotted keys with zero-based indices (<c>Staffs.0.SkillGroupNameList.1</c>), nulls are
/// dropped, booleans are <c>true</c>/<c>false</c>, numbers keep their JSON text.
/// </summary>
internal static class CccParameterFlattener
{
    public static List<KeyValuePair<string, string>> Flatten(object request)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        using var document = JsonSerializer.SerializeToDocument(request, request.GetType(), CccJson.Options);
        Add(document.RootElement, "", parameters);
        return parameters;
    }

    private static void Add(JsonElement element, string key, List<KeyValuePair<string, string>> parameters)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Add(property.Value, key.Length == 0 ? property.Name : $"{key}.{property.Name}", parameters);
                }
                break;
            case JsonValueKind.Array:
                int index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Add(item, $"{key}.{index++}", parameters);
                }
                break;
            case JsonValueKind.String:
                parameters.Add(new(key, element.GetString()!));
                break;
            case JsonValueKind.Number:
                parameters.Add(new(key, element.GetRawText()));
                break;
            case JsonValueKind.True:
                parameters.Add(new(key, "true"));
                break;
            case JsonValueKind.False:
                parameters.Add(new(key, "false"));
                break;
        }
    }
}
