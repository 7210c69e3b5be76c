using System.Buffers.Binary;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Switchboard.Media.Srtp;

namespace Switchboard.Benchmarks;

/// <summary>
/// SRTP cost per 20 ms PCMU packet (12-byte header + 160-byte payload = 172 bytes): protect on the sending context
/// and unprotect on the receiving one, in place, with a new sequence number each time so the replay window accepts
/// it. Baselines in the same run: a bare AES-128-GCM seal and open of the same payload (the least an AEAD profile
/// can cost) and copying the packet (which every measured call also does).
/// </summary>
[MemoryDiagnoser]
public class SrtpBenchmarks
{
    private const int PacketLength = 172;

    private readonly byte[] _plain = new byte[PacketLength];
    private readonly byte[] _buffer = new byte[PacketLength + 32];
    private readonly byte[] _nonce = new byte[12];
    private readonly byte[] _tag = new byte[16];
    private SrtpContext _cmSender = null!, _cmReceiver = null!, _gcmSender = null!, _gcmReceiver = null!;
    private AesGcm _bareGcm = null!;
    private ushort _cmSequence, _gcmSequence;

    [GlobalSetup]
    public void Setup()
    {
        _plain[0] = 0x80;
        BinaryPrimitives.WriteUInt32BigEndian(_plain.AsSpan(8), 0x5EED_CAFE);
        _plain.AsSpan(12).Fill(0xD5);
        var key = Enumerable.Range(1, 16).Select(i => (byte)i).ToArray();
        var cm = new SrtpMasterKey(key, Enumerable.Range(50, 14).Select(i => (byte)i).ToArray());
        var gcm = new SrtpMasterKey(key, Enumerable.Range(50, 12).Select(i => (byte)i).ToArray());
        _cmSender = new SrtpContext(SrtpProfile.AesCm128HmacSha1_80, cm);
        _cmReceiver = new SrtpContext(SrtpProfile.AesCm128HmacSha1_80, cm);
        _gcmSender = new SrtpContext(SrtpProfile.AeadAes128Gcm, gcm);
        _gcmReceiver = new SrtpContext(SrtpProfile.AeadAes128Gcm, gcm);
        _bareGcm = new AesGcm(key, 16);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _cmSender.Dispose();
        _cmReceiver.Dispose();
        _gcmSender.Dispose();
        _gcmReceiver.Dispose();
        _bareGcm.Dispose();
    }

    [Benchmark(Description = "AES_CM_128_HMAC_SHA1_80 protect+unprotect")]
    public int AesCmProtectUnprotect() => RoundTrip(_cmSender, _cmReceiver, ref _cmSequence);

    [Benchmark(Description = "AEAD_AES_128_GCM protect+unprotect")]
    public int GcmProtectUnprotect() => RoundTrip(_gcmSender, _gcmReceiver, ref _gcmSequence);

    [Benchmark(Baseline = true, Description = "baseline: bare AesGcm Encrypt+Decrypt")]
    public int BareAesGcm()
    {
        _plain.CopyTo(_buffer, 0);
        var header = _buffer.AsSpan(0, 12);
        var payload = _buffer.AsSpan(12, PacketLength - 12);
        _bareGcm.Encrypt(_nonce, payload, payload, _tag, header);
        _bareGcm.Decrypt(_nonce, payload, _tag, payload, header);
        return payload[0];
    }

    [Benchmark(Description = "baseline: copy the packet")]
    public int Copy()
    {
        _plain.CopyTo(_buffer, 0);
        return _buffer[PacketLength - 1];
    }

    private int RoundTrip(SrtpContext sender, SrtpContext receiver, ref ushort sequence)
    {
        _plain.CopyTo(_buffer, 0);
        BinaryPrimitives.WriteUInt16BigEndian(_buffer.AsSpan(2), ++sequence);
        var protectedPacket = sender.ProtectRtp(_buffer, PacketLength);
        var plain = receiver.UnprotectRtp(_buffer.AsSpan(0, protectedPacket.Length));
        if (!plain.Succeeded) throw new InvalidOperationException(plain.Failure.ToString());
        return plain.Length;
    }
}
