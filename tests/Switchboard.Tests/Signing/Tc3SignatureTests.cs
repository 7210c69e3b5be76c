using System.Security.Cryptography;
using System.Text;
using Switchboard.Client.Signing;

namespace Switchboard.Tests.Signing;

public sealed class Tc3SignatureTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes(Tc3Vectors.SecretKey);

    public static TheoryData<string, string, string, string> PublishedCases => new()
    {
        // canonical host, service, SHA-256 of the canonical request, signature (spec §A.4)
        { "ccc.tencentcloudapi.com", "ccc", "14085324bacf413f942d6ce61d8c71ba724342e3162797cf6c60f064ff4cec1f", "0a7b88dca1a54f8d2b0b2c33294c595b5930caac07490957d88c784f9d28033a" },
        { "127.0.0.1", "127", "4b15a5f8a883489d16d6cbfa2a95f12e14fe8d8e8c01029c4cbbe08daad99533", "9cf85b121b3f1608412f7fa8027ec50737501843ab681867592558648065e637" },
    };

    [Theory]
    [MemberData(nameof(PublishedCases))]
    public void Published_vectors_hash_and_sign_as_the_node_sdk(string host, string service, string canonicalHash, string signature)
    {
        Span<byte> payloadHash = stackalloc byte[Tc3Signature.HexLength];
        Tc3Signature.HashPayload(Encoding.UTF8.GetBytes(Tc3Vectors.Body), payloadHash);
        using var canonical = new Tc3CanonicalRequest(stackalloc byte[64], "POST", "/", "");
        canonical.AppendHeader("content-type", "application/json");
        canonical.AppendHeader("host", host);
        ReadOnlySpan<byte> request = canonical.Complete("content-type;host", payloadHash);

        Assert.Equal(canonicalHash, Convert.ToHexStringLower(SHA256.HashData(request)));
        Assert.Equal(signature, Tc3Signature.Sign(Key, Tc3Vectors.Timestamp, service, request));
    }

    [Fact]
    public void Payload_hash_is_lower_case_hex_of_the_body()
    {
        Span<byte> hex = stackalloc byte[Tc3Signature.HexLength];
        Tc3Signature.HashPayload(Encoding.UTF8.GetBytes(Tc3Vectors.Body), hex);
        Assert.Equal(Tc3Vectors.BodySha256, Encoding.ASCII.GetString(hex));
        Tc3Signature.HashPayload([], hex);
        Assert.Equal(Tc3Vectors.EmptySha256, Encoding.ASCII.GetString(hex));
    }

    [Fact]
    public void Unsigned_payload_hash_is_the_hash_of_the_literal()
    {
        Span<byte> hex = stackalloc byte[Tc3Signature.HexLength];
        Tc3Signature.HashPayload("UNSIGNED-PAYLOAD"u8, hex);
        Assert.True(hex.SequenceEqual(Tc3Signature.UnsignedPayloadHash));
    }

    [Fact]
    public void Signing_key_derivation_matches_the_published_intermediate_keys()
    {
        Span<byte> signingKey = stackalloc byte[Tc3Signature.HashSize];
        Tc3Signature.DeriveSigningKey(Key, Tc3Vectors.Date, "ccc", signingKey);
        Assert.Equal(Tc3Vectors.CccSigningKey, Convert.ToHexStringLower(signingKey));

        // The chain itself, so a wrong step is named by the failing line rather than by the end result.
        byte[] dateKey = HMACSHA256.HashData(Encoding.UTF8.GetBytes("TC3" + Tc3Vectors.SecretKey), Encoding.UTF8.GetBytes(Tc3Vectors.Date));
        byte[] serviceKey = HMACSHA256.HashData(dateKey, "ccc"u8.ToArray());
        Assert.Equal(Tc3Vectors.CccDateKey, Convert.ToHexStringLower(dateKey));
        Assert.Equal(Tc3Vectors.CccServiceKey, Convert.ToHexStringLower(serviceKey));
        Assert.Equal(Tc3Vectors.CccSigningKey, Convert.ToHexStringLower(HMACSHA256.HashData(serviceKey, "tc3_request"u8.ToArray())));
    }

    [Fact]
    public void Captured_node_request_has_the_published_canonical_request()
    {
        Span<byte> payloadHash = stackalloc byte[Tc3Signature.HexLength];
        Tc3Signature.HashPayload(Encoding.UTF8.GetBytes(Tc3Vectors.Body), payloadHash);
        using var canonical = new Tc3CanonicalRequest(stackalloc byte[512], "post", "/", "");
        canonical.AppendHeader("Content-Type", "  application/json ");
        canonical.AppendHeader("HOST", "127.0.0.1");

        string text = Encoding.UTF8.GetString(canonical.Complete("content-type;host", payloadHash));

        Assert.Equal(Tc3Vectors.Captured.CanonicalRequest, text);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(512)]
    public void Canonical_request_larger_than_the_given_buffer_moves_to_a_rented_one(int bufferSize)
    {
        string query = string.Join('&', Enumerable.Range(0, 3000).Select(i => $"Ids.{i}={i}"));
        using var canonical = new Tc3CanonicalRequest(stackalloc byte[bufferSize], "GET", "/", query);
        canonical.AppendHeader("content-type", Tc3Vectors.Get.ContentType);
        canonical.AppendHeader("host", "127.0.0.1");

        string text = Encoding.UTF8.GetString(canonical.Complete("content-type;host", Encoding.ASCII.GetBytes(Tc3Vectors.EmptySha256)));

        Assert.Equal($"GET\n/\n{query}\ncontent-type:{Tc3Vectors.Get.ContentType}\nhost:127.0.0.1\n\ncontent-type;host\n{Tc3Vectors.EmptySha256}", text);
    }

    [Fact]
    public void Node_sdk_get_vector_signs_the_raw_query()
    {
        using var canonical = new Tc3CanonicalRequest(stackalloc byte[512], "GET", "/", Tc3Vectors.Get.Query);
        canonical.AppendHeader("content-type", Tc3Vectors.Get.ContentType);
        canonical.AppendHeader("host", "127.0.0.1");
        var request = canonical.Complete("content-type;host", Encoding.ASCII.GetBytes(Tc3Vectors.EmptySha256));

        Assert.Equal(Tc3Vectors.Get.Signature, Tc3Signature.Sign(Key, Tc3Vectors.Timestamp, "127", request));
    }

    [Theory]
    [InlineData(1700000000, "2023-11-14")]
    [InlineData(0, "1970-01-01")]
    [InlineData(1795485873, "2026-11-24")]
    [InlineData(1709164799, "2024-02-28")] // one second before a leap day, UTC
    [InlineData(1709164800, "2024-02-29")]
    public void Scope_date_is_the_utc_date_of_the_timestamp(long timestamp, string date)
        => Assert.Equal(date, Tc3Signature.FormatDate(timestamp));

    [Fact]
    public void Authorization_header_has_the_wire_format()
        => Assert.Equal(
            Tc3Vectors.Captured.Authorization,
            Tc3Signature.FormatAuthorization("AKIDtestSecretId123", "2026-11-24", "127", "content-type;host",
                "d07da4c18a7dd6c85cff941129d76bbd84729688c3a67ac17a77f19c0eb97b72"));
}
