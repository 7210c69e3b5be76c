using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Switchboard.CloudApi.Parameters;

namespace Switchboard.Tests.Fuzzing;

/// <summary>
/// JSON request bodies for an action. Written as text, not through a serializer, so they can hold what a
/// serializer never writes: duplicate names, lone-surrogate escapes, numbers past every range, nesting past the
/// depth limit, broken syntax and invalid UTF-8. Most follow the schema loosely so binding gets deep.
/// </summary>
internal static class JsonRequestInputs
{
    private static readonly string[] OddNumbers =
        ["1.0", "1e2", "-0", "0.5", "99999999999999999999", "-9223372036854775808", "9223372036854775808", "1E400", "-1e400", "1e-400", "0"];

    private static readonly string[] OddStrings = ["\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\u0000\"", "\"\"", "\"\\\"\"", "\"1\"", "\"true\""];

    public static byte[] Generate(Random random, ParameterSchema schema)
    {
        var json = new StringBuilder();
        int roll = random.Next(20);
        if (roll == 0)
        {
            var garbage = new byte[random.Next(40)];
            random.NextBytes(garbage);
            return garbage;
        }
        if (roll == 1)
        {
            AnyValue(random, json, depth: 0);
        }
        else
        {
            Object(random, json, schema, depth: 0);
        }
        string text = json.ToString();
        if (random.Next(10) == 0)
        {
            text = FuzzText.Mutate(random, text);
        }
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>A request that satisfies its schema, with no empty arrays or objects (flattening drops those).</summary>
    public static JsonObject Conforming(Random random, ParameterSchema schema)
    {
        var obj = new JsonObject();
        foreach (var field in schema.Fields.Values)
        {
            if (field.Required || random.Next(2) == 0)
            {
                obj[field.Name] = ConformingValue(random, field);
            }
        }
        if (obj.Count == 0 && schema.Fields.Count > 0)
        {
            var field = FuzzText.Pick(random, schema.Fields.Values.ToArray());
            obj[field.Name] = ConformingValue(random, field);
        }
        return obj;
    }

    private static JsonNode ConformingValue(Random random, ParameterField field) => field.Kind switch
    {
        ParameterKind.Integer => JsonValue.Create(random.NextInt64(long.MinValue, long.MaxValue)),
        ParameterKind.Float => JsonValue.Create((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-300, 300))),
        ParameterKind.Boolean => JsonValue.Create(random.Next(2) == 0),
        ParameterKind.Array => new JsonArray([.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => ConformingValue(random, field.Element!))]),
        ParameterKind.Object => Conforming(random, field.Object!),
        _ => JsonValue.Create(FuzzText.Valid(random, 30)),
    };

    private static void Object(Random random, StringBuilder json, ParameterSchema schema, int depth)
    {
        var members = new List<(string Name, ParameterField? Field)>();
        foreach (var field in schema.Fields.Values)
        {
            if (random.Next(100) < (field.Required ? 85 : 40))
            {
                members.Add((field.Name, field));
            }
        }
        if (random.Next(10) == 0)
        {
            members.Add((ParameterValues.OddName(random, schema), null));
        }
        if (random.Next(20) == 0 && members.Count > 0)
        {
            members.Add(FuzzText.Pick(random, members));
        }
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(members));
        json.Append('{');
        for (int i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }
            String(json, members[i].Name);
            json.Append(':');
            Value(random, json, members[i].Field, depth + 1);
        }
        json.Append('}');
    }

    private static void Value(Random random, StringBuilder json, ParameterField? field, int depth)
    {
        if (field is null || random.Next(4) == 0)
        {
            AnyValue(random, json, depth);
            return;
        }
        switch (field.Kind)
        {
            case ParameterKind.Integer:
                json.Append(random.Next(3) == 0 ? FuzzText.Pick(random, OddNumbers) : ParameterValues.Invariant(random.NextInt64(long.MinValue, long.MaxValue)));
                break;
            case ParameterKind.Float:
                json.Append(random.Next(2) == 0 ? FuzzText.Pick(random, OddNumbers) : ParameterValues.Invariant(random.NextDouble()));
                break;
            case ParameterKind.Boolean:
                json.Append(random.Next(2) == 0 ? "true" : "false");
                break;
            case ParameterKind.Array:
                json.Append('[');
                for (int i = random.Next(5); i > 0; i--)
                {
                    if (random.Next(12) == 0)
                    {
                        json.Append("null");
                    }
                    else
                    {
                        Value(random, json, field.Element, depth + 1);
                    }
                    json.Append(i > 1 ? "," : "");
                }
                json.Append(']');
                break;
            case ParameterKind.Object:
                Object(random, json, field.Object!, depth);
                break;
            default:
                if (random.Next(5) == 0)
                {
                    json.Append(FuzzText.Pick(random, OddStrings));
                }
                else
                {
                    String(json, FuzzText.Valid(random, 30));
                }
                break;
        }
    }

    /// <summary>Any JSON value; now and then nested far past the binder's depth limit of 32.</summary>
    private static void AnyValue(Random random, StringBuilder json, int depth)
    {
        int roll = depth > 6 ? random.Next(5) : random.Next(8);
        switch (roll)
        {
            case 0:
                json.Append(FuzzText.Pick(random, ["null", "true", "false"]));
                break;
            case 1:
                json.Append(FuzzText.Pick(random, OddNumbers));
                break;
            case 2:
                json.Append(FuzzText.Pick(random, OddStrings));
                break;
            case 3:
                json.Append(random.NextInt64().ToString(CultureInfo.InvariantCulture));
                break;
            case 4:
                String(json, FuzzText.Valid(random, 20));
                break;
            case 5:
                int nesting = random.Next(20, 80);
                json.Append('[', nesting).Append(']', nesting);
                break;
            case 6:
                json.Append('[');
                for (int i = random.Next(4); i > 0; i--)
                {
                    AnyValue(random, json, depth + 1);
                    json.Append(i > 1 ? "," : "");
                }
                json.Append(']');
                break;
            default:
                json.Append('{');
                for (int i = random.Next(4); i > 0; i--)
                {
                    String(json, FuzzText.Valid(random, 6));
                    json.Append(':');
                    AnyValue(random, json, depth + 1);
                    json.Append(i > 1 ? "," : "");
                }
                json.Append('}');
                break;
        }
    }

    /// <summary>A JSON string literal: quotes, backslashes and controls escaped, everything else raw.</summary>
    private static void String(StringBuilder json, string text)
    {
        json.Append('"');
        foreach (char c in text)
        {
            if (c == '"' || c == '\\')
            {
                json.Append('\\').Append(c);
            }
            else if (c < ' ')
            {
                json.Append($"\\u{(int)c:x4}");
            }
            else
            {
                json.Append(c);
            }
        }
        json.Append('"');
    }
}
