using System.Text.Json;

namespace Switchboard.Chat.Visitors.Hub;

/// <summary>
/// Reads the one object argument of a visitor hub method strictly: unknown members, missing required ones, wrong
/// types and overlong strings are refused. The first problem found is kept in <see cref="Error"/>.
/// </summary>
internal sealed class VisitorRequestReader
{
    private readonly JsonElement _request;

    private VisitorRequestReader(JsonElement request, string? error)
    {
        _request = request;
        Error = error;
    }

    /// <summary>The first problem, or null when everything read so far is fine.</summary>
    public string? Error { get; private set; }

    /// <summary>Starts reading <paramref name="request"/>, an argument of <paramref name="method"/> that may have only <paramref name="members"/>.</summary>
    public static VisitorRequestReader For(JsonElement request, string method, params string[] members)
    {
        var shape = $"{method} takes one object argument: {{ {string.Join(", ", members)} }}.";
        if (request.ValueKind != JsonValueKind.Object) return new VisitorRequestReader(request, shape);
        foreach (var property in request.EnumerateObject())
            if (Array.IndexOf(members, property.Name) < 0)
                return new VisitorRequestReader(request, $"Unknown member '{Shorten(property.Name)}'. {shape}");
        return new VisitorRequestReader(request, null);
    }

    /// <summary>A string member of at most <paramref name="maxLength"/> characters; null when absent (or JSON null) and optional.</summary>
    public string? String(string name, int maxLength, bool required = false)
    {
        if (!Present(name, required, out var value)) return null;
        if (value.ValueKind != JsonValueKind.String) return Fail<string>($"{name} must be a string.");
        var text = value.GetString()!;
        if (text.Length > maxLength) return Fail<string>($"{name} must be at most {maxLength} characters.");
        if (required && text.Length == 0) return Fail<string>($"{name} must not be empty.");
        return text;
    }

    /// <summary>A whole number of at least <paramref name="min"/>; null when absent and optional.</summary>
    public long? Integer(string name, long min, bool required = false)
    {
        if (!Present(name, required, out var value)) return null;
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number) || number < min)
            return Fail<long?>($"{name} must be a whole number of at least {min}.");
        return number;
    }

    /// <summary>A true/false member.</summary>
    public bool Boolean(string name)
    {
        if (!Present(name, required: true, out var value)) return false;
        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) return Fail<bool>($"{name} must be true or false.");
        return value.GetBoolean();
    }

    private bool Present(string name, bool required, out JsonElement value)
    {
        value = default;
        if (Error is not null) return false;
        if (_request.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null) return true;
        if (required) Error = $"{name} is required.";
        return false;
    }

    private T? Fail<T>(string error)
    {
        Error ??= error;
        return default;
    }

    private static string Shorten(string name) => name.Length <= 40 ? name : name[..40] + "…";
}
