using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace Switchboard.Sdk.Hub;

/// <summary>
/// SignalR's JSON protocol, except that a complete message of an unknown type closes the connection. The stock
/// protocol skips such a message, but with a message size limit in force SignalR then re-reads it forever and the
/// connection stops processing anything while staying open; closing it is the clear answer.
/// </summary>
public sealed class StrictJsonHubProtocol(IOptions<JsonHubProtocolOptions> options) : IHubProtocol
{
    private readonly JsonHubProtocol _json = new(options);

    public string Name => _json.Name;

    public int Version => _json.Version;

    public TransferFormat TransferFormat => _json.TransferFormat;

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        var before = input.Start;
        if (_json.TryParseMessage(ref input, binder, out message)) return true;
        // Nothing consumed: the message is incomplete and more bytes will come. Consumed but no message: unknown type.
        if (input.Start.Equals(before)) return false;
        throw new InvalidDataException("The hub message has a type this server does not know.");
    }

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => _json.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => _json.GetMessageBytes(message);

    public bool IsVersionSupported(int version) => _json.IsVersionSupported(version);
}
