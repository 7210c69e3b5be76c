using System.Text.Json;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.NodeInterop;

/// <summary>Assertions on what the official Node SDK resolved or threw.</summary>
internal static class SdkAnswer
{
    /// <summary>The object the SDK resolved, after checking it carries a UUID RequestId.</summary>
    public static JsonElement Succeeded(NodeCallResult result)
    {
        Assert.True(result.Ok, result.ToString());
        Assert.Equal(JsonValueKind.Object, result.Response.ValueKind);
        AssertRequestId(result.Response.GetProperty("RequestId").GetString());
        return result.Response;
    }

    /// <summary>The message of the error the SDK threw, after checking its code and UUID requestId.</summary>
    public static string Failed(NodeCallResult result, string code)
    {
        Assert.False(result.Ok, $"expected {code}, got {result}");
        Assert.Equal(code, result.Code);
        AssertRequestId(result.RequestId);
        Assert.False(string.IsNullOrWhiteSpace(result.Message), result.ToString());
        return result.Message!;
    }

    public static void AssertRequestId(string? requestId) =>
        Assert.True(Guid.TryParseExact(requestId, "D", out _), $"RequestId '{requestId}' is not a UUID");

    public static long Number(JsonElement element, string property)
    {
        var value = element.GetProperty(property);
        Assert.Equal(JsonValueKind.Number, value.ValueKind);
        return value.GetInt64();
    }

    public static string Text(JsonElement element, string property)
    {
        var value = element.GetProperty(property);
        Assert.Equal(JsonValueKind.String, value.ValueKind);
        return value.GetString()!;
    }

    public static bool Flag(JsonElement element, string property)
    {
        var value = element.GetProperty(property);
        Assert.True(value.ValueKind is JsonValueKind.True or JsonValueKind.False, $"{property} is {value.ValueKind}, not a boolean");
        return value.GetBoolean();
    }

    /// <summary>The items of an array property (asserting it is an array).</summary>
    public static JsonElement[] Items(JsonElement element, string property)
    {
        var value = element.GetProperty(property);
        Assert.Equal(JsonValueKind.Array, value.ValueKind);
        return [.. value.EnumerateArray()];
    }

    /// <summary>The values of one string property across the items of an array property.</summary>
    public static string[] Texts(JsonElement element, string arrayProperty, string itemProperty) =>
        [.. Items(element, arrayProperty).Select(item => Text(item, itemProperty))];
}
