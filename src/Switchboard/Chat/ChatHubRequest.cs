using System.Text.Json;

namespace Switchboard.Chat;

/// <summary>
/// Reads the one object argument of a chat method of the agent or the visitor hub strictly: a property it does not know, a missing
/// one, or one of the wrong type or size is a problem, and the first problem found is what the caller is told.
/// After a problem every read answers a default value, so a method reads all its fields and then checks
/// <see cref="Problem"/> once.
/// </summary>
public sealed class ChatHubRequest
{
    /// <summary>Longest session id accepted (sessions are UUIDs).</summary>
    public const int MaxSessionIdLength = VisitorLimits.MaxSessionIdLength;

    /// <summary>Longest agent account (a mail address) accepted as a transfer target.</summary>
    public const int MaxUserIdLength = 320;

    private readonly JsonElement _request;
    private readonly string _shape;

    private ChatHubRequest(JsonElement request, string shape, string? problem)
    {
        _request = request;
        _shape = shape;
        Problem = problem;
    }

    /// <summary>What is wrong with the argument, in words for the caller; null while nothing is.</summary>
    public string? Problem { get; private set; }

    /// <summary>
    /// Starts reading <paramref name="request"/>, the argument of <paramref name="method"/>, whose fields are
    /// <paramref name="fields"/> (a trailing <c>?</c> marks an optional one, for the message only).
    /// </summary>
    public static ChatHubRequest Read(JsonElement request, string method, params string[] fields)
    {
        var shape = fields.Length == 0 ? $"{method} takes one object argument: {{}}." : $"{method} takes one object argument: {{ {string.Join(", ", fields)} }}.";
        if (request.ValueKind != JsonValueKind.Object) return new ChatHubRequest(request, shape, shape);
        foreach (var property in request.EnumerateObject())
        {
            if (!fields.Any(f => f.TrimEnd('?') == property.Name))
                return new ChatHubRequest(request, shape, $"{method} does not take '{Truncated(property.Name)}'. {shape}");
        }
        return new ChatHubRequest(request, shape, null);
    }

    /// <summary>The required <c>sessionId</c>.</summary>
    public string SessionId() => RequiredString("sessionId", MaxSessionIdLength);

    /// <summary>A required non-empty string of at most <paramref name="maxLength"/> characters.</summary>
    public string RequiredString(string name, int maxLength) =>
        OptionalString(name, maxLength) ?? Fail<string>($"{name} is required: a non-empty string. {_shape}", "");

    /// <summary>
    /// An optional string of at most <paramref name="maxLength"/> characters; null when absent or null. Empty is a
    /// problem unless <paramref name="allowEmpty"/> (a page's attribute left blank).
    /// </summary>
    public string? OptionalString(string name, int maxLength, bool allowEmpty = false)
    {
        if (Problem is not null || !Present(name, out var value)) return null;
        if (value.ValueKind != JsonValueKind.String || value.GetString() is not { } text || (text.Length == 0 && !allowEmpty))
            return Fail<string?>(allowEmpty ? $"{name} must be a string." : $"{name} must be a non-empty string.", null);
        return text.Length <= maxLength ? text : Fail<string?>($"{name} must be at most {maxLength} characters.", null);
    }

    /// <summary>A required boolean.</summary>
    public bool RequiredBool(string name)
    {
        if (Problem is not null) return false;
        if (Present(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
        return Fail($"{name} is required: true or false.", false);
    }

    /// <summary>A required whole number of at least <paramref name="minimum"/>.</summary>
    public long RequiredNumber(string name, long minimum) =>
        OptionalNumber(name, minimum) ?? Fail($"{name} is required: a whole number of at least {minimum}.", 0L);

    /// <summary>An optional whole number of at least <paramref name="minimum"/>; null when absent or null.</summary>
    public long? OptionalNumber(string name, long minimum)
    {
        if (Problem is not null || !Present(name, out var value)) return null;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number >= minimum) return number;
        return Fail<long?>($"{name} must be a whole number of at least {minimum}.", null);
    }

    /// <summary>Records <paramref name="problem"/> unless an earlier one stands.</summary>
    public void Refuse(string problem) => Problem ??= problem;

    private bool Present(string name, out JsonElement value) =>
        _request.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    private T Fail<T>(string problem, T fallback)
    {
        Problem ??= problem;
        return fallback;
    }

    private static string Truncated(string name) => name.Length <= 40 ? name : name[..40] + "…";
}
