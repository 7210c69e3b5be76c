using Switchboard.Media.FuzzCanary;
using Switchboard.Media.Fuzz;

namespace Switchboard.Media.FuzzTests;

/// <summary>
/// Every media parser that reads bytes from the network gets a short afl-fuzz campaign (SWITCHBOARD_FUZZ_SECONDS,
/// default 20 s each; the ten campaigns and the canary take about three and a half minutes): no input may make it
/// throw. Longer campaigns: see docs/testing.md.
/// </summary>
public sealed class MediaParserFuzzTests(AflHarness harness) : IClassFixture<AflHarness>
{
    private static int Seconds => int.TryParse(Environment.GetEnvironmentVariable("SWITCHBOARD_FUZZ_SECONDS"), out var seconds) ? seconds : 20;

    public static TheoryData<string> Targets => [.. FuzzTargets.All.Select(target => target.Name)];

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task No_input_makes_the_parser_throw(string target)
    {
        var campaign = await AflCampaign.RunAsync(harness, target, Seconds);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{target}: {campaign.Executions} executions in {Seconds} s ({campaign.Executions / Seconds}/s), {campaign.Paths} corpus entries");

        Assert.True(campaign.Crashes == 0, $"{campaign.Crashes} crashing inputs for {target}:\n{campaign.CrashReport}");
        Assert.True(campaign.Executions >= 1_000, $"afl-fuzz ran {target} only {campaign.Executions} times");
    }

    [Fact]
    public async Task A_planted_bug_is_found_and_reported_with_its_exception()
    {
        var campaign = await AflCampaign.RunAsync(harness, FuzzTargets.Canary.Name, seconds: 60, stopAtFirstCrash: true);

        Assert.True(campaign.Crashes > 0, $"the canary's bug was not found in {campaign.Executions} executions");
        Assert.Contains(PlantedBug.Message, campaign.CrashReport);
    }
}
