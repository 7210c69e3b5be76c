using System.Net;
using System.Net.Sockets;

namespace Switchboard.Presence;

/// <summary>
/// The ports and cluster identity of this server's Orleans silo (section <c>Orleans</c>). Ports left at 0
/// are taken from the free ports of the loopback interface, and the cluster id is unique per process start,
/// so several servers can run side by side (tests start many in one process) without joining each other.
/// </summary>
internal sealed record SiloEndpoints(int SiloPort, int GatewayPort, string ClusterId, string ServiceId)
{
    public static SiloEndpoints From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Orleans");
        var siloPort = section.GetValue<int?>("SiloPort") ?? 0;
        var gatewayPort = section.GetValue<int?>("GatewayPort") ?? 0;
        var unique = Guid.NewGuid().ToString("N")[..12];
        return new SiloEndpoints(
            siloPort == 0 ? FreeLoopbackPort() : siloPort,
            gatewayPort == 0 ? FreeLoopbackPort() : gatewayPort,
            section["ClusterId"] ?? $"switchboard-{unique}",
            section["ServiceId"] ?? $"switchboard-{unique}");
    }

    // Orleans must advertise a concrete port to its cluster, so it cannot bind port 0 itself; the OS
    // picks one here. Another process could take it before the silo binds; that start then fails loudly.
    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
