using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Switchboard.ChatLoad;

/// <summary>WebSocket-only SignalR connections with a bearer credential, as the browser clients open them.</summary>
internal static class HubConnections
{
    public static HubConnection Open(Uri hub, string credential) =>
        new HubConnectionBuilder()
            .WithUrl(hub, options =>
            {
                options.SkipNegotiation = true;
                options.Transports = HttpTransportType.WebSockets;
                options.AccessTokenProvider = () => Task.FromResult<string?>(credential);
                options.WebSocketConfiguration = socket => socket.Proxy = null;
            })
            .Build();
}
