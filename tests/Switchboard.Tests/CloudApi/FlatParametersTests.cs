using System.Text.Json;
using Switchboard.CloudApi;
using Switchboard.CloudApi.Parameters;

namespace Switchboard.Tests.CloudApi;

public class FlatParametersTests
{
    private static readonly ParameterSchema Schema = ParameterSchema.For(typeof(SampleRequest));

    private static string Rebuild(params (string Key, string Value)[] pairs) =>
        FlatParameters.ToJson(pairs.Select(p => KeyValuePair.Create(p.Key, p.Value)), Schema, "Sample").ToJsonString();

    [Fact]
    public void Rebuilds_nested_arrays_and_converts_by_schema_type()
    {
        var json = Rebuild(
            ("SdkAppId", "1600000001"),
            ("Members.1.Name", "B"), ("Members.0.Name", "A"), ("Members.0.Mail", "a@x.com"),
            ("Members.1.Mail", "b@x.com"), ("Members.0.Groups.0", "g1"), ("Members.0.Groups.1", "g2"),
            ("SendPassword", "false"), ("GroupIds.0", "7"), ("Ratio", "0.25"), ("Owner.Name", "o"), ("Members.0.Role", "3"));
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(1600000001, root.GetProperty("SdkAppId").GetInt64());
        Assert.Equal("A", root.GetProperty("Members")[0].GetProperty("Name").GetString());
        Assert.Equal("B", root.GetProperty("Members")[1].GetProperty("Name").GetString());
        Assert.Equal(3, root.GetProperty("Members")[0].GetProperty("Role").GetInt64());
        Assert.Equal(["g1", "g2"], root.GetProperty("Members")[0].GetProperty("Groups").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.False, root.GetProperty("SendPassword").ValueKind);
        Assert.Equal(7, root.GetProperty("GroupIds")[0].GetInt64());
        Assert.Equal(0.25, root.GetProperty("Ratio").GetDouble());
        Assert.Equal("o", root.GetProperty("Owner").GetProperty("Name").GetString());
    }

    [Fact]
    public void String_values_stay_strings_even_when_they_look_like_numbers()
    {
        var json = Rebuild(("SdkAppId", "1"), ("Members.0.Name", "007"), ("Members.0.Mail", "true"));
        Assert.Contains("\"Name\":\"007\"", json);
        Assert.Contains("\"Mail\":\"true\"", json);
    }

    [Theory]
    [InlineData("Nope", "1", "UnknownParameter")]
    [InlineData("Members.0.Nope", "1", "UnknownParameter")]
    [InlineData("SdkAppId.0", "1", "UnknownParameter")]
    [InlineData("SdkAppId", "12a", "InvalidParameter")]
    [InlineData("SdkAppId", "", "InvalidParameter")]
    [InlineData("SendPassword", "yes", "InvalidParameter")]
    [InlineData("Ratio", "NaN", "InvalidParameter")]
    [InlineData("Members", "x", "InvalidParameter")]
    [InlineData("Owner", "x", "InvalidParameter")]
    [InlineData("GroupIds.x", "1", "InvalidParameter")]
    [InlineData("GroupIds.-1", "1", "InvalidParameter")]
    [InlineData("GroupIds.99999999999", "1", "InvalidParameter")]
    [InlineData("GroupIds.1", "1", "InvalidParameter")]
    public void Refuses_bad_keys_and_values(string key, string value, string code)
    {
        var error = Assert.Throws<CloudApiException>(() => Rebuild((key, value)));
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Refuses_a_parameter_sent_twice()
    {
        var error = Assert.Throws<CloudApiException>(() => Rebuild(("SdkAppId", "1"), ("SdkAppId", "2")));
        Assert.Equal(ErrorCodes.InvalidParameter, error.Code);
        Assert.Contains("more than once", error.Message);
    }

    [Fact]
    public void Refuses_gaps_in_array_indices()
    {
        var error = Assert.Throws<CloudApiException>(() => Rebuild(("GroupIds.0", "1"), ("GroupIds.2", "3")));
        Assert.Contains("`GroupIds.1` is missing", error.Message);
    }
}
