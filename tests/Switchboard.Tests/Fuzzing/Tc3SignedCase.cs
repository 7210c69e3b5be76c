using System.Security.Cryptography;
using Switchboard.CloudApi.Signatures;
using Switchboard.Tests.Signing;

namespace Switchboard.Tests.Fuzzing;

/// <summary>
/// A random TC3 request as the server receives it, signed by the naive <see cref="ReferenceTc3Signer"/>
/// (not the production signer) over <see cref="SignedHost"/>: the received Host itself, as Go and Python sign,
/// or the Host without its port, as the node SDK signs.
/// </summary>
internal sealed record Tc3SignedCase
{
    public const string Scope = "tc3_request";
    private static readonly string[] HostNames =
        ["ccc.tencentcloudapi.com", "localhost", "127.0.0.1", "[::1]", "[2001:db8::7]", "Example.COM", "a-b.c"];
    private static readonly string[] ContentTypes =
        ["application/json", "application/x-www-form-urlencoded", "application/json; charset=utf-8", "text/plain"];
    private static readonly string[] Services = ["ccc", "127", "localhost:5000", "localhost:5000/tccc"];

    public required string SecretId { get; init; }
    public required string SecretKey { get; init; }
    public required string Service { get; init; }
    public required string Method { get; init; }
    public required string Path { get; init; }
    public required string Query { get; init; }
    public required string SignedHost { get; init; }
    public required string Host { get; init; }
    public required string? ContentType { get; init; }
    public required string? Timestamp { get; init; }
    public required byte[] Body { get; init; }
    public bool UnsignedPayload { get; init; }
    public required IReadOnlyDictionary<string, string> ExtraHeaders { get; init; }
    public required string Authorization { get; init; }
    public required long Now { get; init; }

    public static Tc3SignedCase Generate(Random random)
    {
        long now = random.NextInt64(1_600_000_000, 2_000_000_000);
        long timestamp = now + random.Next(-SignatureTimestamp.DefaultMaxSkewSeconds, SignatureTimestamp.DefaultMaxSkewSeconds + 1);
        string host = FuzzText.Pick(random, HostNames);
        string withPort = random.Next(3) == 0 ? host : $"{host}:{random.Next(1, 65536)}";
        string method = random.Next(2) == 0 ? "POST" : "GET";
        var extras = new Dictionary<string, string>();
        for (int i = random.Next(3); i > 0; i--)
        {
            extras[FuzzText.Pick(random, ["x-tc-action", "x-tc-region", "x-tc-version"])] = HeaderValue(random);
        }
        var unsigned = new Tc3SignedCase
        {
            SecretId = "AKID" + FuzzText.From(random, FuzzText.Letters, 1, 20),
            SecretKey = FuzzText.Valid(random, 40).PadLeft(1, 'k'),
            Service = random.Next(4) == 0
                ? FuzzText.From(random, FuzzText.Letters + ":/.", 1, 20).Trim('/').PadLeft(1, 's')
                : FuzzText.Pick(random, Services),
            Method = method,
            Path = random.Next(2) == 0 ? "/" : "/" + FuzzText.From(random, FuzzText.Letters + "/%-._~", 0, 30),
            Query = method == "GET" || random.Next(8) == 0 ? RandomQuery(random) : "",
            Host = withPort,
            SignedHost = random.Next(2) == 0 ? host : withPort,
            ContentType = random.Next(5) == 0 ? HeaderValue(random) : FuzzText.Pick(random, ContentTypes),
            Timestamp = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Body = method == "GET" && random.Next(4) > 0 ? [] : RandomBytes(random, random.Next(3) == 0 ? 5_000 : 300),
            ExtraHeaders = extras,
            Authorization = "",
            Now = now,
        };
        return unsigned with { Authorization = unsigned.Sign() };
    }

    /// <summary>Parses the Authorization header and verifies; an unparsable header answers InvalidAuthorization.</summary>
    public SignatureCheck Verify()
    {
        if (!Tc3Authorization.TryParse(Authorization, out var authorization))
        {
            return SignatureCheck.InvalidAuthorization;
        }
        var received = new Tc3SignedRequest
        {
            Method = Method, Path = Path, Query = Query, Host = Host, ContentType = ContentType, Timestamp = Timestamp,
            Body = Body, UnsignedPayload = UnsignedPayload,
            HeaderLookup = ExtraHeaders.Count == 0 ? null : name => ExtraHeaders.GetValueOrDefault(name),
        };
        return Tc3RequestVerifier.Verify(authorization, System.Text.Encoding.UTF8.GetBytes(SecretKey), received, Now);
    }

    /// <summary>The Authorization with one part of its scope or list replaced (the signature stays the same).</summary>
    public string AuthorizationWith(string? service = null, string? date = null, string? signedHeaders = null, string? signature = null)
    {
        Assert.True(Tc3Authorization.TryParse(Authorization, out var parsed));
        return $"TC3-HMAC-SHA256 Credential={SecretId}/{date ?? parsed.Date.ToString()}/{service ?? Service}/{Scope}, "
            + $"SignedHeaders={signedHeaders ?? parsed.SignedHeaders.ToString()}, Signature={signature ?? parsed.Signature.ToString()}";
    }

    public override string ToString()
        => $"{Method} {FuzzRun.Show(Path)}?{FuzzRun.Show(Query, 120)} Host={FuzzRun.Show(Host)} signed host {FuzzRun.Show(SignedHost)}, "
            + $"Content-Type={FuzzRun.Show(ContentType)}, timestamp {FuzzRun.Show(Timestamp)} at {Now}, "
            + $"{Body.Length} body bytes, unsigned={UnsignedPayload}, "
            + $"extras [{string.Join(", ", ExtraHeaders.Select(h => h.Key + "=" + FuzzRun.Show(h.Value)))}], key {FuzzRun.Show(SecretKey)}, "
            + $"Authorization {FuzzRun.Show(Authorization)}";

    /// <summary>A header value as a client sends it: no whitespace at either end (servers trim it).</summary>
    public static string HeaderValue(Random random)
        => FuzzText.From(random, FuzzText.Letters + "-/;=. ", 1, 30).Trim().PadLeft(1, 'v');

    private string Sign()
    {
        long timestamp = long.Parse(Timestamp!, System.Globalization.CultureInfo.InvariantCulture);
        string payloadHash = Convert.ToHexStringLower(SHA256.HashData(Body));
        return ReferenceTc3Signer.Authorization(SecretId, SecretKey, timestamp, Service, Method, Path, Query,
            ContentType!, SignedHost, payloadHash, null, ExtraHeaders.Select(h => (h.Key, h.Value)).ToArray());
    }

    /// <summary>A raw query as clients put it on the wire: percent-encoded, unsorted, sometimes past 32 KB.</summary>
    private static string RandomQuery(Random random)
    {
        int pairs = random.Next(40) == 0 ? 1_500 : random.Next(8);
        return string.Join('&', Enumerable.Range(0, pairs).Select(i =>
            $"{FuzzText.From(random, FuzzText.Letters + ".", 1, 12)}={FuzzText.From(random, FuzzText.Letters + "%2B%40", 0, 12)}"));
    }

    private static byte[] RandomBytes(Random random, int maxLength)
    {
        var bytes = new byte[random.Next(maxLength + 1)];
        random.NextBytes(bytes);
        return bytes;
    }
}
