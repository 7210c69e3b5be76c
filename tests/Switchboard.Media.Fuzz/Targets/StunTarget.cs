using System.Net;
using System.Text;
using Switchboard.Media.Ice;
using Switchboard.Media.Stun;

namespace Switchboard.Media.Fuzz.Targets;

/// <summary>
/// STUN as the media port meets it: <see cref="StunMessage.TryRead"/>, then every accessor, both integrity checks
/// with a fixed password, and the ICE-lite agent answering the message as a connectivity check.
/// </summary>
internal static class StunTarget
{
    private const string LocalUfrag = "Srv1", RemoteUfrag = "Xk3v", Password = "fG7hJ2kL9mN4pQ8rS1tU6vW0";
    private static readonly byte[] Key = Encoding.UTF8.GetBytes(Password);
    private static readonly IPEndPoint Peer = new(IPAddress.Loopback, 46243);

    internal static void Run(ReadOnlySpan<byte> data)
    {
        if (!StunMessage.TryRead(data, out var message)) return;
        _ = (message.Class, message.Method, message.TransactionId, message.HasMessageIntegrity, message.HasFingerprint);
        foreach (var attribute in message.Attributes) _ = (attribute.Type, attribute.Value.Length, attribute.Offset);
        message.TryGetUsername(out _);
        message.TryGetPriority(out _);
        _ = message.HasUseCandidate;
        message.TryGetIceControlling(out _);
        message.TryGetIceControlled(out _);
        message.TryGetXorMappedAddress(out _);
        message.TryGetErrorCode(out _, out _);
        message.TryGetUnknownAttributes(stackalloc ushort[4], out _);
        message.FindUnknownComprehensionRequired(stackalloc ushort[4]);
        message.VerifyFingerprint();
        message.VerifyMessageIntegrity(Key);

        // A fresh agent per input: what it answers depends on these bytes only.
        using var agent = new IceLiteAgent(new IceCredentials(LocalUfrag, Password), RemoteUfrag, new SteppedTime());
        var result = agent.HandleRequest(message, Peer, stackalloc byte[StunWriter.MaxIceResponseLength]);
        _ = result;
    }

    internal static IEnumerable<byte[]> Seeds()
    {
        yield return Check(integrity: true, fingerprint: true, useCandidate: true);
        yield return Check(integrity: true, fingerprint: false, useCandidate: false);
        yield return Check(integrity: false, fingerprint: true, useCandidate: false);
        yield return Response();
    }

    /// <summary>A Binding request as Chromium sends it to an ICE-lite server.</summary>
    private static byte[] Check(bool integrity, bool fingerprint, bool useCandidate)
    {
        Span<byte> buffer = stackalloc byte[256];
        var writer = new StunWriter(buffer, StunMessageClass.Request, StunMethod.Binding, TransactionId());
        writer.AddUsername(Encoding.UTF8.GetBytes($"{LocalUfrag}:{RemoteUfrag}"));
        writer.AddIceControlling(0x0102030405060708);
        writer.AddPriority(1853824767);
        if (useCandidate) writer.AddUseCandidate();
        if (integrity) writer.AddMessageIntegrity(Key);
        if (fingerprint) writer.AddFingerprint();
        return writer.Written.ToArray();
    }

    /// <summary>A success response, with XOR-MAPPED-ADDRESS, and an error attribute list to reach the other readers.</summary>
    private static byte[] Response()
    {
        Span<byte> buffer = stackalloc byte[256];
        var writer = new StunWriter(buffer, StunMessageClass.ErrorResponse, StunMethod.Binding, TransactionId());
        writer.AddXorMappedAddress(Peer);
        writer.AddErrorCode(StunErrorCode.UnknownAttribute, StunErrorCode.ReasonPhrase(StunErrorCode.UnknownAttribute));
        writer.AddUnknownAttributes([0x0003, 0x7FFF]);
        writer.AddMessageIntegrity(Key);
        writer.AddFingerprint();
        return writer.Written.ToArray();
    }

    private static StunTransactionId TransactionId() => StunTransactionId.Read([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
}
