using System.Text;
using Switchboard.Media.Stun;

namespace Switchboard.WebRtcLoad;

/// <summary>
/// The STUN Binding request a controlling browser sends to an ICE-lite server: USERNAME (remote:local), ICE-CONTROLLING,
/// PRIORITY, USE-CANDIDATE (nomination; Chromium keeps it on consent checks too), MESSAGE-INTEGRITY keyed with the
/// server's password, FINGERPRINT.
/// </summary>
internal sealed class ConnectivityCheck(string serverUfrag, string localUfrag, string serverPassword)
{
    private readonly byte[] _username = Encoding.UTF8.GetBytes($"{serverUfrag}:{localUfrag}");
    private readonly byte[] _key = Encoding.UTF8.GetBytes(serverPassword);
    private readonly ulong _tieBreaker = (ulong)Random.Shared.NextInt64();

    /// <summary>Writes a check with a new transaction id into <paramref name="buffer"/> (256 bytes are enough).</summary>
    public int Write(Span<byte> buffer, out StunTransactionId transaction)
    {
        transaction = StunTransactionId.NewRandom();
        var writer = new StunWriter(buffer, StunMessageClass.Request, StunMethod.Binding, transaction);
        writer.AddUsername(_username);
        writer.AddIceControlling(_tieBreaker);
        writer.AddPriority(1853824767);
        writer.AddUseCandidate();
        writer.AddMessageIntegrity(_key);
        writer.AddFingerprint();
        return writer.Length;
    }

    /// <summary>Whether <paramref name="datagram"/> is a success response with a MESSAGE-INTEGRITY made with the server's password.</summary>
    public bool IsAnswered(ReadOnlySpan<byte> datagram) =>
        StunMessage.TryRead(datagram, out var message)
        && message.Class == StunMessageClass.SuccessResponse
        && message.VerifyMessageIntegrity(_key) == StunIntegrityCheck.Valid;
}
