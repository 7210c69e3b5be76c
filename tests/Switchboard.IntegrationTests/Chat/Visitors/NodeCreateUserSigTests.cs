using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Switchboard.IntegrationTests.Infrastructure;
using Switchboard.IntegrationTests.NodeInterop;

namespace Switchboard.IntegrationTests.Chat.Visitors;

/// <summary>
/// A business backend makes a UserSig with the official Node SDK, in each signing style, and the widget signs its user
/// in with it.
/// </summary>
public sealed class NodeCreateUserSigTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    public static TheoryData<string> Styles => SigningStyle.Names;

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task A_UserSig_made_through_the_official_node_sdk_signs_the_user_in(string style)
    {
        var backend = await NodeSdkBackend.ConnectAsync(fixture.Host, SigningStyle.Named(style));
        var results = await backend.RunAsync(
            new NodeCall("CreateUserSig", new { SdkAppId = backend.App, Uid = "user 7 & co", ClientData = "{\"vip\":true}", ExpiredTime = 300 }),
            new NodeCall("CreateUserSig", new { SdkAppId = backend.App, Uid = "user 7", ClientData = "", ExpiredTime = 7200 }));

        Assert.True(results[0].Ok, results[0].ToString());
        var userSig = results[0].Response.GetProperty("UserSig").GetString();
        Assert.False(results[1].Ok);
        Assert.Equal("InvalidParameterValue", results[1].Code);

        using var response = await fixture.Host.HttpClient.PostAsJsonAsync("chat/visitor/sign-in",
            new { sdkAppId = backend.App, visitorId = "user 7 & co", userSig }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("user 7 & co", answer.GetProperty("visitorId").GetString());
        Assert.True(answer.GetProperty("verified").GetBoolean());
    }
}
