using Switchboard.Client;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.NodeInterop;

/// <summary>
/// The signing mistakes customers make, as the official Node SDK reports them: the error it throws carries
/// Tencent's AuthFailure code, a helpful message and a RequestId, and nothing is written.
/// </summary>
public sealed class NodeSdkAuthFailureTests(SwitchboardHostFixture fixture) : IClassFixture<SwitchboardHostFixture>
{
    private const string WrongSecretKey = "wrong SecretKey";
    private const string StaleClock = "timestamp 10 minutes old";
    private const string UnknownSecretId = "unknown SecretId";

    public static TheoryData<string, string, string, string> Mistakes
    {
        get
        {
            var data = new TheoryData<string, string, string, string>();
            foreach (var style in SigningStyle.All)
            {
                data.Add(style.Name, WrongSecretKey, "AuthFailure.SignatureFailure", "SecretKey");
                data.Add(style.Name, StaleClock, "AuthFailure.SignatureExpire", "clock");
                data.Add(style.Name, UnknownSecretId, "AuthFailure.SecretIdNotFound", "SecretId");
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_signing_mistake_is_thrown_with_its_auth_failure_code(string style, string mistake, string code, string hint)
    {
        var backend = await NodeSdkBackend.ConnectAsync(fixture.Host, SigningStyle.Named(style));
        var createAnn = new NodeCall("CreateStaff", new CreateStaffRequest
        {
            SdkAppId = backend.App,
            Staffs = [new SeatUserInfo { Name = "Ann", Mail = "ann@example.com", StaffNumber = "1" }],
        });
        var script = backend.Script(createAnn);
        script = mistake switch
        {
            WrongSecretKey => script with { SecretKey = Mistyped(backend.Tenant.SecretKey) },
            StaleClock => script with { ClockOffsetSeconds = -600 },
            _ => script with { SecretId = "AKID" + Guid.NewGuid().ToString("N") },
        };

        var result = Assert.Single(await backend.RunAsync(script));

        Assert.Contains(hint, SdkAnswer.Failed(result, code));
        Assert.Equal(0, await fixture.Host.CountAgentsAsync(backend.App));
    }

    /// <summary>The key with its last character changed, as a copy-and-paste slip would leave it.</summary>
    private static string Mistyped(string secretKey) => secretKey[..^1] + (secretKey[^1] == 'A' ? 'B' : 'A');
}
