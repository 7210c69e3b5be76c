using System.Text;
using Switchboard.Sdk.Login;

namespace Switchboard.Tests.Sdk;

public sealed class SdkLoginRequestTests
{
    [Fact]
    public void A_well_formed_body_is_read_whatever_the_field_order()
    {
        Assert.True(Parse("""{"token":"t0k","userId":"Ann@Example.com","sdkAppId":1600000001,"extra":true}""", out var request, out _));
        Assert.Equal(new SdkLoginRequest(1600000001, "Ann@Example.com", "t0k"), request);
    }

    [Theory]
    [InlineData("", "JSON object")]
    [InlineData("{", "JSON object")]
    [InlineData("[]", "JSON object")]
    [InlineData("""{"userId":"a","token":"t"}""", "sdkAppId")]
    [InlineData("""{"sdkAppId":"1600000001","userId":"a","token":"t"}""", "sdkAppId")]
    [InlineData("""{"sdkAppId":0,"userId":"a","token":"t"}""", "sdkAppId")]
    [InlineData("""{"sdkAppId":1e3,"userId":"a","token":"t"}""", "sdkAppId")]
    [InlineData("""{"sdkAppId":1,"userId":null,"token":"t"}""", "userId")]
    [InlineData("""{"sdkAppId":1,"userId":["a"],"token":"t"}""", "userId")]
    [InlineData("""{"sdkAppId":1,"userId":"a","token":""}""", "token")]
    [InlineData("""{"sdkAppId":1,"userId":"a","token":{}}""", "token")]
    public void A_malformed_body_is_refused_naming_the_field(string body, string named)
    {
        Assert.False(Parse(body, out var request, out var problem));
        Assert.Null(request);
        Assert.Contains(named, problem);
    }

    [Fact]
    public void Overlong_values_are_refused()
    {
        Assert.False(Parse($$"""{"sdkAppId":1,"userId":"{{new string('a', 321)}}","token":"t"}""", out _, out var problem));
        Assert.Contains("userId", problem);
        Assert.False(Parse($$"""{"sdkAppId":1,"userId":"a","token":"{{new string('t', 257)}}"}""", out _, out problem));
        Assert.Contains("token", problem);
    }

    private static bool Parse(string body, out SdkLoginRequest? request, out string problem) =>
        SdkLoginRequest.TryParse(Encoding.UTF8.GetBytes(body), out request, out problem);
}
