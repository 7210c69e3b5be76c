using System.Text;
using Switchboard.Media.Stun;

namespace Switchboard.Media.Tests.Ice;

/// <summary>Connectivity checks shaped like Chromium's: USERNAME, GOOG-NETWORK-INFO, ICE-CONTROLLING, PRIORITY,
/// optionally USE-CANDIDATE, then MESSAGE-INTEGRITY and FINGERPRINT.</summary>
internal static class ChromeCheck
{
    public static byte[] Build(string? username = "srvU:brws", string? password = "serverpasswordserverpass",
        bool useCandidate = false, bool controlled = false, ushort extraType = 0,
        StunMessageClass messageClass = StunMessageClass.Request)
    {
        var buffer = new byte[256];
        var writer = new StunWriter(buffer, messageClass, StunMethod.Binding, StunTransactionId.NewRandom());
        if (username is not null) writer.AddUsername(Encoding.UTF8.GetBytes(username));
        writer.AddAttribute(0xC057, [0x00, 0x01, 0x00, 0x0A]);
        if (controlled) writer.AddIceControlled(0x1234);
        else writer.AddIceControlling(0x1234);
        writer.AddPriority(1853824767);
        if (useCandidate) writer.AddUseCandidate();
        if (extraType != 0) writer.AddAttribute(extraType, [1, 2, 3, 4]);
        if (password is not null) writer.AddMessageIntegrity(Encoding.UTF8.GetBytes(password));
        writer.AddFingerprint();
        return writer.Written.ToArray();
    }
}
