using System.Globalization;
using Switchboard.Client.Signing;
using Switchboard.CloudApi.Signatures;

namespace Switchboard.Tests.Fuzzing;

/// <summary>
/// Tc3RequestVerifier on random requests (must never throw, must never verify a made-up signature) and on
/// correctly signed requests with one thing changed on the way (must be refused, with SignatureExpire
/// exactly when the timestamp left the five-minute window).
/// </summary>
public sealed class Tc3RequestVerifierFuzzTests
{
    private const int InputsPerSeed = 2_500;
    private const string EditAlphabet = FuzzText.Letters + "-/;=.%&+:\u00e9\u4e2d";
    private static readonly string[] OtherThanGet = ["POST", "PUT", "HEAD", "GE"];
    private static readonly string[] OtherThanPost = ["GET", "PUT", "P0ST", "POST "];
    private static readonly string[] OtherSignedHeaders =
        ["host;content-type", "content-type;host;x-tc-action", "Content-Type;host", "content-type;host;host"];

    /// <summary>
    /// One change to a signed request (null when it does not apply to that request) and the answer it must get:
    /// <paramref name="Answer"/> exactly, or any refusal when null. A change to the Host may meet the one
    /// tolerated difference, a port on a Host whose bare name was signed (the node SDK), and then verifies.
    /// </summary>
    private sealed record Change(string Name, Func<Random, Tc3SignedCase, Tc3SignedCase?> Apply, SignatureCheck? Answer, bool ChangesHost = false)
    {
        public override string ToString() => Name;
    }

    private const SignatureCheck Failure = SignatureCheck.SignatureFailure;
    private const SignatureCheck Expire = SignatureCheck.SignatureExpire;

    private static readonly Change[] Changes =
    [
        new("body byte flipped", (r, c) => c.Body.Length == 0 ? null : c with { Body = Flip(r, c.Body) }, Failure),
        new("body byte added", (r, c) => c with { Body = [.. c.Body, (byte)r.Next(256)] }, Failure),
        new("body cut short", (r, c) => c.Body.Length == 0 ? null : c with { Body = c.Body[..r.Next(c.Body.Length)] }, Failure),
        new("body left out of the signature", (r, c) => c with { UnsignedPayload = true }, Failure),
        new("content type edited", (r, c) => c with { ContentType = FuzzText.Edit(r, c.ContentType!, FuzzText.Letters + "-/;=") }, Failure),
        new("content type dropped", (r, c) => c with { ContentType = null }, Failure),
        new("host edited", (r, c) => c with { Host = FuzzText.Edit(r, c.Host, FuzzText.Letters + ".:[]-") }, Failure, ChangesHost: true),
        new("port added", (r, c) => c with { Host = $"{c.Host}:{r.Next(1, 65536)}" }, Failure, ChangesHost: true),
        new("path edited", (r, c) => c with { Path = FuzzText.Edit(r, c.Path, EditAlphabet) }, Failure),
        new("query edited", (r, c) => c with { Query = FuzzText.Edit(r, c.Query, EditAlphabet) }, Failure),
        new("method replaced", (r, c) => c with { Method = FuzzText.Pick(r, c.Method == "GET" ? OtherThanGet : OtherThanPost) }, Failure),
        new("timestamp moved inside the window", (r, c) => Shifted(c, r.Next(-600, 601)) is var t && t != c.Timestamp && InWindow(t, c.Now)
            ? c with { Timestamp = t }
            : null, Failure),
        new("timestamp with a leading zero", (r, c) => c with { Timestamp = "0" + c.Timestamp }, Failure),
        new("timestamp moved past the window", (r, c) => c with { Timestamp = Shifted(c, FuzzSkew.PastTheWindow(r)) }, Expire),
        new("received too late or too early", (r, c) => c with { Now = Stamp(c) + FuzzSkew.OutsideTheWindow(r) }, Expire),
        new("secret key edited", (r, c) => c with { SecretKey = FuzzText.Edit(r, c.SecretKey, EditAlphabet) }, Failure),
        // An edit may empty the service, which makes the header unparsable: any refusal will do.
        new("scope service edited", (r, c) => c with
        {
            Authorization = c.AuthorizationWith(service: FuzzText.Edit(r, c.Service, FuzzText.Letters + ":/.")),
        }, null),
        new("scope date moved", (r, c) => c with
        {
            Authorization = c.AuthorizationWith(date: Tc3Signature.FormatDate(Stamp(c) + 86_400 * FuzzSkew.Direction(r))),
        }, Failure),
        new("signed headers reordered or extended", (r, c) => FuzzText.Pick(r, OtherSignedHeaders) is var list && c.Authorization.Contains("=" + list + ",")
            ? null
            : c with { Authorization = c.AuthorizationWith(signedHeaders: list) }, Failure),
        new("signature digit changed", (r, c) => c with
        {
            Authorization = c.AuthorizationWith(signature: OtherHexDigit(r, c.Authorization[^Tc3Signature.HexLength..])),
        }, Failure),
        new("extra signed header edited", (r, c) => c.ExtraHeaders.Count == 0
            ? null
            : c with { ExtraHeaders = EditOneValue(r, c.ExtraHeaders) }, Failure),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Any_single_change_to_a_signed_request_is_refused(int seed)
    {
        FuzzRun.Check(seed, InputsPerSeed, random => ChangedCase(random), input =>
        {
            Assert.Equal(SignatureCheck.Valid, input.Signed.Verify());
            SignatureCheck answer = input.Changed.Verify();
            if (input.Change.ChangesHost && StripsToSigned(input.Changed.Host, input.Signed.SignedHost))
            {
                Assert.Equal(SignatureCheck.Valid, answer);
            }
            else if (input.Change.Answer is { } expected)
            {
                Assert.Equal(expected, answer);
            }
            else
            {
                Assert.NotEqual(SignatureCheck.Valid, answer);
            }
        }, input => $"{input.Change}: {input.Changed}");
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void Random_requests_never_throw_and_never_verify(int seed)
    {
        var answers = new Dictionary<SignatureCheck, int>();
        FuzzRun.Check(seed, InputsPerSeed, RandomCase, input =>
        {
            SignatureCheck answer = input.Verify();
            Assert.NotEqual(SignatureCheck.Valid, answer);
            answers[answer] = answers.GetValueOrDefault(answer) + 1;
        });
        // Most inputs must get as far as computing a signature, or the property is mostly about early exits.
        Assert.True(answers.GetValueOrDefault(SignatureCheck.SignatureFailure) > InputsPerSeed / 2, string.Join(", ", answers));
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    public void Blindly_damaged_signed_requests_never_throw(int seed)
    {
        // Blind edits may happen to be harmless (a case flip of a lower-case header), so only crashes count here.
        FuzzRun.Check(seed, InputsPerSeed, random => Damaged(random), input => input.Verify());
    }

    /// <summary>Inputs of the refusal property: a signed request, what happened to it, and the result.</summary>
    private sealed record ChangedRequest(Tc3SignedCase Signed, Change Change, Tc3SignedCase Changed);

    private static ChangedRequest ChangedCase(Random random)
    {
        while (true)
        {
            var signed = Tc3SignedCase.Generate(random);
            var change = FuzzText.Pick(random, Changes);
            if (change.Apply(random, signed) is { } changed)
            {
                return new ChangedRequest(signed, change, changed);
            }
        }
    }

    /// <summary>
    /// What the verifier promises about ports: a Host equal to the signed one, or the signed name (no colon, or a
    /// bracketed IPv6 literal) followed by <c>:digits</c>.
    /// </summary>
    private static bool StripsToSigned(string host, string signedHost)
    {
        if (host == signedHost)
        {
            return true;
        }
        bool bare = !signedHost.Contains(':') || (signedHost.StartsWith('[') && signedHost.EndsWith(']'));
        string port = host.StartsWith(signedHost + ":", StringComparison.Ordinal) ? host[(signedHost.Length + 1)..] : "";
        return bare && port.Length > 0 && port.All(char.IsAsciiDigit);
    }

    private static Tc3SignedCase RandomCase(Random random)
    {
        long now = random.NextInt64(1_600_000_000, 2_000_000_000);
        long timestamp = now + random.Next(-300, 301);
        string signedHeaders = "content-type;host"
            + string.Concat(Enumerable.Range(0, random.Next(3)).Select(_ => ";" + FuzzText.Any(random, 10).Replace(",", "")));
        string service = FuzzText.Any(random, 20).Replace(",", "").Trim().PadLeft(1, 's');
        string signature = FuzzText.From(random, "0123456789abcdef", Tc3Signature.HexLength, Tc3Signature.HexLength);
        return new Tc3SignedCase
        {
            SecretId = "AKID", SecretKey = FuzzText.Any(random, 60), Service = service,
            Method = FuzzText.Any(random, 8), Path = FuzzText.Any(random, random.Next(10) == 0 ? 3_000 : 40),
            Query = FuzzText.Any(random, random.Next(10) == 0 ? 3_000 : 40),
            Host = FuzzText.Any(random, 30), SignedHost = "", ContentType = random.Next(8) == 0 ? null : FuzzText.Any(random, 30),
            Timestamp = random.Next(5) == 0 ? FuzzText.Any(random, 12) : timestamp.ToString(CultureInfo.InvariantCulture),
            Body = RandomBody(random), UnsignedPayload = random.Next(4) == 0,
            ExtraHeaders = new Dictionary<string, string> { ["x-tc-action"] = FuzzText.Any(random, 20) },
            Authorization = Tc3Signature.FormatAuthorization("AKID", Tc3Signature.FormatDate(timestamp), service, signedHeaders, signature),
            Now = now,
        };
    }

    private static Tc3SignedCase Damaged(Random random)
    {
        var damaged = Tc3SignedCase.Generate(random);
        for (int edits = random.Next(1, 4); edits > 0; edits--)
        {
            damaged = random.Next(8) switch
            {
                0 => damaged with { Authorization = FuzzText.Mutate(random, damaged.Authorization) },
                1 => damaged with { Host = FuzzText.Mutate(random, damaged.Host) },
                2 => damaged with { Path = FuzzText.Mutate(random, damaged.Path) },
                3 => damaged with { Query = FuzzText.Mutate(random, damaged.Query) },
                4 => damaged with { ContentType = FuzzText.Mutate(random, damaged.ContentType ?? "") },
                5 => damaged with { Timestamp = FuzzText.Mutate(random, damaged.Timestamp ?? "") },
                6 => damaged with { Method = FuzzText.Mutate(random, damaged.Method) },
                _ => damaged with { SecretKey = FuzzText.Mutate(random, damaged.SecretKey) },
            };
        }
        return damaged;
    }

    private static byte[] RandomBody(Random random)
    {
        var body = new byte[random.Next(2_000)];
        random.NextBytes(body);
        return body;
    }

    private static long Stamp(Tc3SignedCase signed) => long.Parse(signed.Timestamp!, CultureInfo.InvariantCulture);

    private static string Shifted(Tc3SignedCase signed, long seconds) => (Stamp(signed) + seconds).ToString(CultureInfo.InvariantCulture);

    private static bool InWindow(string timestamp, long now)
        => Math.Abs(long.Parse(timestamp, CultureInfo.InvariantCulture) - now) <= SignatureTimestamp.DefaultMaxSkewSeconds;

    private static byte[] Flip(Random random, byte[] body)
    {
        byte[] flipped = [.. body];
        flipped[random.Next(flipped.Length)] ^= (byte)random.Next(1, 256);
        return flipped;
    }

    private static string OtherHexDigit(Random random, string signature)
    {
        int at = random.Next(signature.Length);
        char other = "0123456789abcdef".Where(c => c != char.ToLowerInvariant(signature[at])).ElementAt(random.Next(15));
        return signature.Remove(at, 1).Insert(at, other.ToString());
    }

    private static Dictionary<string, string> EditOneValue(Random random, IReadOnlyDictionary<string, string> headers)
    {
        var edited = headers.ToDictionary();
        string name = FuzzText.Pick(random, edited.Keys.ToArray());
        edited[name] = FuzzText.Edit(random, edited[name], FuzzText.Letters + "-/;=");
        return edited;
    }
}
