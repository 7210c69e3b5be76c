using Switchboard.Sdk;

namespace Switchboard.Tests.Sdk;

public sealed class SdkUrlTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", "agent@example.com",
        "http://127.0.0.1:5080/sdk/tccc.js?sdkAppId=1600000001&token=TOKEN&userid=agent%40example.com")]
    [InlineData("https://cc.example.com/switchboard/", "a+b@example.com",
        "https://cc.example.com/switchboard/sdk/tccc.js?sdkAppId=1600000001&token=TOKEN&userid=a%2Bb%40example.com")]
    [InlineData("https://cc.example.com", "o'neil&co=1@example.com",
        "https://cc.example.com/sdk/tccc.js?sdkAppId=1600000001&token=TOKEN&userid=o%27neil%26co%3D1%40example.com")]
    public void Carries_application_token_and_escaped_agent(string baseUrl, string mail, string expected) =>
        Assert.Equal(expected, SdkUrl.Build(baseUrl, 1600000001, "TOKEN", mail));

    [Fact]
    public void A_minted_token_needs_no_escaping_and_survives_query_parsing()
    {
        var token = SdkLoginTokenFormat.Create();
        var url = new Uri(SdkUrl.Build("http://127.0.0.1:5080", 1600000001, token, "x+y@example.com"));
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        Assert.Equal(token, query["token"]);
        Assert.Equal("x+y@example.com", query["userid"]);
        Assert.Equal("1600000001", query["sdkAppId"]);
    }
}
