using System.Text.Json;
using System.Text.Json.Serialization;

namespace Switchboard.Client;

/// <summary>
/// JSON conventions of the ccc API: PascalCase names exactly as the C# properties spell them
/// (quirks such as <c>SkillGroupID</c> included), absent optional fields omitted.
/// </summary>
public static class CccJson
{
    /// <summary>Options used by both the client and the Switchboard server.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.Strict,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            RespectRequiredConstructorParameters = true,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
