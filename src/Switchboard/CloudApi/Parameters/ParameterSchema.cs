using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Switchboard.CloudApi.Parameters;

/// <summary>
/// The parameters an object of a request accepts, derived once from its contract type in Switchboard.Client:
/// property names as sent on the wire, their JSON kind, and which are <c>required</c>.
/// Deriving it from the same records the .NET client sends keeps the two from drifting apart.
/// </summary>
public sealed class ParameterSchema
{
    private static readonly ConcurrentDictionary<Type, ParameterSchema> Cache = new();
    private static readonly Lock BuildLock = new();

    private ParameterSchema(Type type) => Type = type;

    /// <summary>The contract type this schema describes.</summary>
    public Type Type { get; }

    /// <summary>Parameters by exact (case-sensitive) wire name.</summary>
    public FrozenDictionary<string, ParameterField> Fields { get; private set; } = FrozenDictionary<string, ParameterField>.Empty;

    /// <summary>Names of the required parameters, in declaration order.</summary>
    public IReadOnlyList<string> Required { get; private set; } = [];

    /// <summary>The schema of <paramref name="type"/>, built on first use.</summary>
    public static ParameterSchema For(Type type)
    {
        if (Cache.TryGetValue(type, out var schema)) return schema;
        lock (BuildLock)
        {
            if (Cache.TryGetValue(type, out schema)) return schema;
            // Nested types are built while this one is incomplete, so publish the whole graph only at the end.
            var building = new Dictionary<Type, ParameterSchema>();
            schema = Build(type, building);
            foreach (var (t, s) in building) Cache.TryAdd(t, s);
            return schema;
        }
    }

    private static ParameterSchema Build(Type type, Dictionary<Type, ParameterSchema> building)
    {
        if (Cache.TryGetValue(type, out var done)) return done;
        if (building.TryGetValue(type, out var inProgress)) return inProgress;
        var schema = new ParameterSchema(type);
        building[type] = schema;
        schema.Populate(building);
        return schema;
    }

    private void Populate(Dictionary<Type, ParameterSchema> building)
    {
        var fields = new Dictionary<string, ParameterField>(StringComparer.Ordinal);
        var required = new List<string>();
        foreach (var property in Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<JsonIgnoreAttribute>() is { Condition: JsonIgnoreCondition.Always }) continue;
            if (!property.CanWrite || property.GetIndexParameters().Length > 0) continue;
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? property.Name;
            var isRequired = property.GetCustomAttribute<RequiredMemberAttribute>() is not null;
            fields[name] = Describe(name, property.PropertyType, isRequired, building);
            if (isRequired) required.Add(name);
        }
        Fields = fields.ToFrozenDictionary(StringComparer.Ordinal);
        Required = required;
    }

    private static ParameterField Describe(string name, Type type, bool required, Dictionary<Type, ParameterSchema> building)
    {
        var (kind, element, obj) = Classify(type, building);
        return new ParameterField(name, kind, required, element, obj);
    }

    private static (ParameterKind Kind, ParameterField? Element, ParameterSchema? Object) Classify(
        Type type, Dictionary<Type, ParameterSchema> building)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(ulong) || type == typeof(uint))
            return (ParameterKind.Integer, null, null);
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal)) return (ParameterKind.Float, null, null);
        if (type == typeof(bool)) return (ParameterKind.Boolean, null, null);
        if (type == typeof(string)) return (ParameterKind.String, null, null);
        if (type == typeof(JsonElement) || type == typeof(object)) return (ParameterKind.Any, null, null);
        var elementType = ElementTypeOf(type);
        if (elementType is not null)
        {
            var (kind, element, obj) = Classify(elementType, building);
            return (ParameterKind.Array, new ParameterField("", kind, false, element, obj), null);
        }
        if (type.IsEnum) return (ParameterKind.Integer, null, null);
        return (ParameterKind.Object, null, Build(type, building));
    }

    private static Type? ElementTypeOf(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        if (!type.IsGenericType) return null;
        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(IReadOnlyList<>) || definition == typeof(List<>) || definition == typeof(IList<>)
            || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(ICollection<>)
            ? type.GetGenericArguments()[0]
            : null;
    }
}
