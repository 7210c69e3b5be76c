using System.Text.Json;

namespace Switchboard.Sdk.Login;

/// <summary>The body of <c>POST /sdk/login</c>, read strictly: every field present and of its JSON type.</summary>
public sealed record SdkLoginRequest(long SdkAppId, string UserId, string Token)
{
    /// <summary>Agent mails are at most 320 characters; login tokens are 43.</summary>
    private const int MaxUserIdLength = 320;
    private const int MaxTokenLength = 256;

    /// <summary>Parses <paramref name="body"/>; on failure <paramref name="problem"/> tells the integrator what to fix.</summary>
    public static bool TryParse(ReadOnlyMemory<byte> body, out SdkLoginRequest? request, out string problem)
    {
        request = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException)
        {
            problem = "The body must be a JSON object {sdkAppId, userId, token}.";
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "The body must be a JSON object {sdkAppId, userId, token}.";
                return false;
            }
            if (!root.TryGetProperty("sdkAppId", out var app) || app.ValueKind != JsonValueKind.Number
                || !app.TryGetInt64(out var sdkAppId) || sdkAppId <= 0)
            {
                problem = "sdkAppId must be a positive integer.";
                return false;
            }
            if (!TryGetString(root, "userId", MaxUserIdLength, out var userId))
            {
                problem = $"userId must be a non-empty string of at most {MaxUserIdLength} characters.";
                return false;
            }
            if (!TryGetString(root, "token", MaxTokenLength, out var token))
            {
                problem = $"token must be a non-empty string of at most {MaxTokenLength} characters.";
                return false;
            }
            request = new SdkLoginRequest(sdkAppId, userId, token);
            problem = "";
            return true;
        }
    }

    private static bool TryGetString(JsonElement root, string name, int maxLength, out string value)
    {
        value = "";
        if (!root.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.String) return false;
        value = element.GetString()!;
        return value.Length > 0 && value.Length <= maxLength;
    }
}
