using Switchboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Switchboard.Client;
using static Microsoft.Playwright.Assertions;

namespace Switchboard.BrowserTests.Samples;

/// <summary>
/// The integration the TCCC guide walks through, with the repository's samples as real processes: the Vue demo
/// asks a sample backend for an SdkURL, the backend calls Switchboard with its SDK, and the page embeds the
/// workstation the SdkURL script renders.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SeedFlowTests(BrowserFixture browser, SampleStack stack) : IClassFixture<SampleStack>
{
    [Theory]
    [InlineData(SampleBackend.Node)]
    [InlineData(SampleBackend.AspNet)]
    public async Task The_demo_logs_the_agent_in_through_the_backend_and_embeds_the_workstation(SampleBackend backend)
    {
        var mail = $"seed-{backend}-{Guid.NewGuid():N}@example.com".ToLowerInvariant();
        // The README creates its agent with create-agent.js; the ASP.NET run uses the C# client instead.
        if (backend == SampleBackend.Node) await stack.CreateAgentWithScriptAsync(mail, "Grace Hopper", "1906");
        else await stack.Tenant.CreateAgentsAsync(new SeatUserInfo { Mail = mail, Name = "Grace Hopper", StaffNumber = "1906" });

        await using var demo = await DemoPage.OpenAsync(browser.Browser, stack.Demo(backend), mail);
        await demo.LogInAsync();
        await demo.ExpectPhaseAsync("ready");

        // The guide's injection: Switchboard's script, on another origin than the page, loaded with CORS.
        var script = demo.Page.Locator("script[data-demo-sdk]");
        Assert.StartsWith(new Uri(stack.RelayedServer, "/sdk/tccc.js?").ToString(), await script.GetAttributeAsync("src"));
        Assert.NotEqual(new Uri(demo.Page.Url).GetLeftPart(UriPartial.Authority), stack.RelayedServer.GetLeftPart(UriPartial.Authority));
        Assert.Equal("anonymous", await script.GetAttributeAsync("crossorigin"));
        Assert.Equal("tccc-workstation", await script.GetAttributeAsync("data-render-dom-id"));

        // The embedded workstation fills a container TCCC's minimum size or larger and shows who is working, how.
        var box = await demo.Workbench.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width >= 760 && box.Height >= 480, $"workstation is {box.Width}×{box.Height}, below 760×480");
        await Expect(demo.Workbench).ToContainTextAsync("Grace Hopper");
        await Expect(demo.Workbench).ToContainTextAsync(mail);
        await Expect(demo.Workbench.Locator(".status")).ToHaveTextAsync("Free");
        await Expect(demo.Workbench.GetByRole(AriaRole.Status, new() { Name = "Connection" })).ToHaveTextAsync("Connected");
        await demo.ExpectStatusAsync("free");
        Assert.Contains($"logged in as {mail}", Assert.Single(await demo.LoggedAsync("ready")));

        var screenshot = Path.Combine(BrowserFixture.ArtifactsDirectory(), $"seed-flow-{backend.ToString().ToLowerInvariant()}.png");
        await demo.Page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 10_000, $"screenshot {screenshot} is missing or empty");
    }

    [Theory]
    [InlineData(SampleBackend.Node)]
    [InlineData(SampleBackend.AspNet)]
    public async Task A_refusal_from_the_API_reaches_the_page_with_its_code_and_no_SDK_is_injected(SampleBackend backend)
    {
        var stranger = $"nobody-{Guid.NewGuid():N}@example.com";

        await using var demo = await DemoPage.OpenAsync(browser.Browser, stack.Demo(backend), stranger);
        await demo.LogInAsync();
        await demo.ExpectPhaseAsync("failed");

        var problem = await demo.Problem.InnerTextAsync();
        Assert.Contains("InvalidParameterValue.AccountNotExist", problem);
        Assert.Contains(stranger, problem);
        Assert.Equal(0, await demo.Page.Locator("script[data-demo-sdk]").CountAsync());
        Assert.True(await demo.Page.EvaluateAsync<bool>("() => window.tccc === undefined"));
    }

    [Fact]
    public async Task Logging_out_takes_the_agent_offline_and_a_new_login_injects_the_SDK_again()
    {
        var mail = $"logout-{Guid.NewGuid():N}@example.com";
        await stack.Tenant.CreateAgentsAsync(TenantBackend.Agent(mail));
        await using var demo = await DemoPage.OpenAsync(browser.Browser, stack.Demo(SampleBackend.Node), mail);
        await demo.LogInAsync();
        await demo.ExpectPhaseAsync("ready");

        await demo.Page.GetByRole(AriaRole.Button, new() { Name = "Log out", Exact = true }).ClickAsync();

        await demo.ExpectPhaseAsync("signedOut");
        await Expect(demo.Workbench).ToHaveCountAsync(0);
        await Expect(demo.Page.Locator("t3c-sdk#tcccSdkDomRoot")).ToHaveCountAsync(0);
        Assert.True(await demo.Page.EvaluateAsync<bool>("() => window.tccc === undefined"));
        var metrics = await stack.Tenant.Client.DescribeStaffStatusMetricsAsync(
            new() { SdkAppId = stack.Tenant.App, StaffList = [mail] }, TestContext.Current.CancellationToken);
        Assert.Equal("offline", Assert.Single(metrics.Metrics).Status);

        await demo.LogInAsync();

        await demo.ExpectPhaseAsync("ready");
        await demo.ExpectStatusAsync("free");
        await Expect(demo.Workbench).ToHaveCountAsync(1);
    }
}
