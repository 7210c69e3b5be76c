using System.Text.Json;
using Switchboard.CloudApi;
using Switchboard.CloudApi.Parameters;

namespace Switchboard.Tests.CloudApi;

public class ParameterValidatorTests
{
    private static readonly ParameterSchema Schema = ParameterSchema.For(typeof(SampleRequest));

    [Fact]
    public void Schema_is_derived_from_required_members_and_types()
    {
        Assert.Equal(["SdkAppId", "Members"], Schema.Required);
        Assert.Equal(ParameterKind.Integer, Schema.Fields["SdkAppId"].Kind);
        Assert.Equal(ParameterKind.Array, Schema.Fields["Members"].Kind);
        Assert.Equal(ParameterKind.Object, Schema.Fields["Members"].Element!.Kind);
        Assert.Equal(ParameterKind.String, Schema.Fields["Members"].Element!.Object!.Fields["Groups"].Element!.Kind);
        Assert.Equal(ParameterKind.Boolean, Schema.Fields["SendPassword"].Kind);
        Assert.Equal(ParameterKind.Float, Schema.Fields["Ratio"].Kind);
        Assert.Same(Schema.Fields["Owner"].Object, Schema.Fields["Members"].Element!.Object);
    }

    [Theory]
    [InlineData("""{"SdkAppId":1,"Members":[]}""")]
    [InlineData("""{"SdkAppId":1600000001,"Members":[{"Name":"A","Mail":"a@x.com","Groups":["g"],"Role":3}],"SendPassword":false}""")]
    [InlineData("""{"SdkAppId":1,"Members":[],"GroupIds":null,"Owner":null}""")]
    [InlineData("""{"SdkAppId":-1,"Members":[],"Ratio":1.5}""")]
    [InlineData("""{"SdkAppId":1,"Members":[],"Owner":{"Name":"o","Mail":"o@x"}}""")]
    public void Accepts_well_formed_requests(string json)
    {
        using var document = JsonDocument.Parse(json);
        ParameterValidator.Validate(document.RootElement, Schema, "Sample");
    }

    [Theory]
    [InlineData("""{"Members":[]}""", "MissingParameter", "`SdkAppId`")]
    [InlineData("""{"SdkAppId":null,"Members":[]}""", "MissingParameter", "`SdkAppId`")]
    [InlineData("""{"SdkAppId":1,"Members":[{"Name":"A"}]}""", "MissingParameter", "`Members.0.Mail`")]
    [InlineData("""{"SdkAppId":1,"Members":[{"Name":"A","Mail":"m"},{"Mail":"m"}]}""", "MissingParameter", "`Members.1.Name`")]
    [InlineData("""{"SdkAppId":"1","Members":[]}""", "InvalidParameter", "`SdkAppId` must be an integer")]
    [InlineData("""{"SdkAppId":1.5,"Members":[]}""", "InvalidParameter", "whole number")]
    [InlineData("""{"SdkAppId":99999999999999999999,"Members":[]}""", "InvalidParameter", "whole number")]
    [InlineData("""{"SdkAppId":1,"Members":{}}""", "InvalidParameter", "`Members` must be an array")]
    [InlineData("""{"SdkAppId":1,"Members":[],"SendPassword":"true"}""", "InvalidParameter", "`SendPassword` must be a boolean")]
    [InlineData("""{"SdkAppId":1,"Members":[],"GroupIds":[1,"2"]}""", "InvalidParameter", "`GroupIds.1`")]
    [InlineData("""{"SdkAppId":1,"Members":[7]}""", "InvalidParameter", "`Members.0` must be an object")]
    [InlineData("""{"SdkAppId":1,"Members":[],"Extra":1}""", "UnknownParameter", "`Extra`")]
    [InlineData("""{"sdkAppId":1,"Members":[]}""", "UnknownParameter", "Did you mean `SdkAppId`?")]
    [InlineData("""{"SdkAppId":1,"Members":[{"Name":"A","Mail":"m","Nick":"n"}]}""", "UnknownParameter", "`Members.0.Nick`")]
    [InlineData("""[1,2]""", "InvalidRequest", "JSON object")]
    [InlineData("\"text\"", "InvalidRequest", "JSON object")]
    public void Names_the_first_problem_with_tencent_codes(string json, string code, string messagePart)
    {
        using var document = JsonDocument.Parse(json);
        var error = Assert.Throws<CloudApiException>(() => ParameterValidator.Validate(document.RootElement, Schema, "Sample"));
        Assert.Equal(code, error.Code);
        Assert.Contains(messagePart, error.Message);
        Assert.NotNull(error.MessageZh);
    }
}
