using Switchboard.Client;
using Switchboard.CloudApi;
using Switchboard.IntegrationTests.ClientScenarios;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.Push;

/// <summary>ModifyPushSubscription and DescribePushDeliveries: what a backend may set and what it is refused.</summary>
public sealed class PushSubscriptionTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_subscription_without_a_secret_gets_a_generated_one_and_an_empty_url_removes_it()
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host);

        var generated = await backend.Client.ModifyPushSubscriptionAsync(new() { SdkAppId = backend.App, Url = "https://hooks.example.com/tccc?x=1" }, Cancellation);
        var chosen = await backend.Client.ModifyPushSubscriptionAsync(new() { SdkAppId = backend.App, Url = "http://10.0.0.5:8080/hook", Secret = "sixteen-chars-ok" }, Cancellation);
        var afterChange = await backend.Client.DescribePushDeliveriesAsync(new() { SdkAppId = backend.App }, Cancellation);
        await backend.Client.ModifyPushSubscriptionAsync(new() { SdkAppId = backend.App, Url = "" }, Cancellation);
        var afterRemoval = await backend.Client.DescribePushDeliveriesAsync(new() { SdkAppId = backend.App }, Cancellation);

        Assert.Matches("^[0-9a-f]{64}$", generated.Secret);
        Assert.Equal("", chosen.Secret);
        Assert.Equal("http://10.0.0.5:8080/hook", afterChange.Url);
        Assert.Equal("", afterRemoval.Url);
    }

    public static TheoryData<string, string?, string> BadSubscriptions => new()
    {
        { "ftp://hooks.example.com/x", null, "Url must be an absolute http:// or https:// URL." },
        { "/relative/path", null, "Url must be an absolute http:// or https:// URL." },
        { "javascript:alert(1)", null, "Url must be an absolute http:// or https:// URL." },
        { "https://user:pass@hooks.example.com/", null, "Url must not carry a user name or password" },
        { "https://hooks.example.com/#frag", null, "Url must not have a #fragment." },
        { "https://hooks.example.com/" + new string('a', 2100), null, "Url must be at most 2048 characters." },
        { "https://hooks.example.com/", "too-short", "Secret must be 16 to 256 characters" },
        { "https://hooks.example.com/", new string('s', 257), "Secret must be 16 to 256 characters" },
        { "https://hooks.example.com/", "sixteen-chars-ok\n", "Secret must not contain control characters." },
    };

    [Theory]
    [MemberData(nameof(BadSubscriptions))]
    public async Task Bad_urls_and_secrets_are_refused_and_nothing_is_stored(string url, string? secret, string message)
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host);

        var error = await ApiError.ExpectAsync(ErrorCodes.InvalidParameterValue,
            () => backend.Client.ModifyPushSubscriptionAsync(new() { SdkAppId = backend.App, Url = url, Secret = secret }, Cancellation));

        Assert.Contains(message, error.Message);
        Assert.Equal("", (await backend.Client.DescribePushDeliveriesAsync(new() { SdkAppId = backend.App }, Cancellation)).Url);
    }

    [Fact]
    public async Task Another_owners_application_and_bad_filters_are_refused()
    {
        using var backend = await TenantBackend.ConnectAsync(fixture.Host);
        var other = backend.Tenant.OtherOwnersSdkAppId;

        await ApiError.ExpectAsync(ErrorCodes.InstanceNotExist,
            () => backend.Client.ModifyPushSubscriptionAsync(new() { SdkAppId = other, Url = "https://evil.example.com/" }, Cancellation));
        await ApiError.ExpectAsync(ErrorCodes.InstanceNotExist,
            () => backend.Client.DescribePushDeliveriesAsync(new() { SdkAppId = other }, Cancellation));
        foreach (var state in new[] { "failed", "Pending,Failed", "2" })
        {
            var error = await ApiError.ExpectAsync(ErrorCodes.InvalidParameterValue,
                () => backend.Client.DescribePushDeliveriesAsync(new() { SdkAppId = backend.App, State = state }, Cancellation));
            Assert.Contains("State must be", error.Message);
        }
        await ApiError.ExpectAsync(ErrorCodes.InvalidParameterValue,
            () => backend.Client.DescribePushDeliveriesAsync(new() { SdkAppId = backend.App, Limit = 101 }, Cancellation));
    }

    [Fact]
    public async Task The_official_node_sdk_reaches_the_switchboard_only_actions_through_its_generic_request()
    {
        var backend = await NodeInterop.NodeSdkBackend.ConnectAsync(fixture.Host, NodeInterop.SigningStyle.Tc3Post);

        var r = await backend.RunAsync(
            new NodeCall("ModifyPushSubscription", new ModifyPushSubscriptionRequest { SdkAppId = backend.App, Url = "https://hooks.example.com/tccc" }),
            new NodeCall("DescribePushDeliveries", new DescribePushDeliveriesRequest { SdkAppId = backend.App, State = "Failed" }));

        Assert.Matches("^[0-9a-f]{64}$", NodeInterop.SdkAnswer.Text(NodeInterop.SdkAnswer.Succeeded(r[0]), "Secret"));
        var deliveries = NodeInterop.SdkAnswer.Succeeded(r[1]);
        Assert.Equal(("https://hooks.example.com/tccc", 0L), (NodeInterop.SdkAnswer.Text(deliveries, "Url"), NodeInterop.SdkAnswer.Number(deliveries, "TotalCount")));
    }
}
