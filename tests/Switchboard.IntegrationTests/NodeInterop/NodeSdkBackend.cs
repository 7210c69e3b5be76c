using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.NodeInterop;

/// <summary>
/// A customer's backend with its own owner, application and key, calling Switchboard through the official
/// Node SDK in one signing style. Each <see cref="RunAsync(NodeCall[])"/> is one node process, one SDK client.
/// </summary>
public sealed class NodeSdkBackend
{
    private NodeSdkBackend(SwitchboardHost host, TestTenant tenant, SigningStyle style)
    {
        Host = host;
        Tenant = tenant;
        Style = style;
    }

    public SwitchboardHost Host { get; }

    public TestTenant Tenant { get; }

    public SigningStyle Style { get; }

    /// <summary>The backend's SdkAppId.</summary>
    public long App => Tenant.SdkAppId;

    public static async Task<NodeSdkBackend> ConnectAsync(SwitchboardHost host, SigningStyle style) =>
        new(host, await host.CreateTenantAsync(), style);

    /// <summary>The SDK client settings a customer would write: this tenant's key, the server's endpoint, the style.</summary>
    public NodeInteropScript Script(params NodeCall[] calls) => Style.Apply(new NodeInteropScript
    {
        Endpoint = Host.Endpoint,
        SecretId = Tenant.SecretId,
        SecretKey = Tenant.SecretKey,
        Calls = calls,
    });

    public Task<IReadOnlyList<NodeCallResult>> RunAsync(params NodeCall[] calls) => RunAsync(Script(calls));

    public Task<IReadOnlyList<NodeCallResult>> RunAsync(NodeInteropScript script) =>
        Infrastructure.NodeInterop.RunAsync(script, cancellationToken: TestContext.Current.CancellationToken);
}
