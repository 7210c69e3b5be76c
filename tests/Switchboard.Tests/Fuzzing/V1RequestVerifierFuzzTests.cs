using System.Globalization;
using Switchboard.CloudApi.Signatures;

namespace Switchboard.Tests.Fuzzing;

/// <summary>
/// V1RequestVerifier on random parameter lists (must never throw, must never verify a made-up signature) and
/// on correctly signed requests with one thing changed (must be refused; SignatureExpire when the timestamp
/// left the window).
/// </summary>
public sealed class V1RequestVerifierFuzzTests
{
    private const int InputsPerSeed = 2_500;
    private const string EditAlphabet = FuzzText.Letters + "&=.%+ \u00e9\u4e2d";
    private static readonly string[] OtherMethods = ["PUT", "HEAD", "P0ST", "GET "];
    private static readonly string[] SignatureMethods = ["HmacSHA1", "HmacSHA256"];
    private static readonly string[] OtherSignatureMethods = ["HmacSHA1", "hmacsha256", "HmacSHA512"];

    /// <summary>
    /// One change to a signed request (null when it does not apply) and the answer it must get: exactly
    /// <paramref name="Answer"/>, or any refusal when null (a renamed or edited Timestamp may be missing, unreadable
    /// or out of the window).
    /// </summary>
    private sealed record Change(string Name, Func<Random, V1SignedCase, V1SignedCase?> Apply, SignatureCheck? Answer)
    {
        public override string ToString() => Name;
    }

    private const SignatureCheck Failure = SignatureCheck.SignatureFailure;
    private const SignatureCheck Expire = SignatureCheck.SignatureExpire;

    private static readonly Change[] Changes =
    [
        new("value edited", (r, c) => EditParameter(r, c, (p, t) => new(p.Key, FuzzText.Edit(r, p.Value, t))), null),
        new("name edited", (r, c) => EditParameter(r, c, (p, t) => new(FuzzText.Edit(r, p.Key, t), p.Value)), null),
        new("parameter removed", (r, c) => EditParameter(r, c, (_, _) => null), null),
        new("parameter repeated", (r, c) => Repeated(r, c), Failure),
        new("parameter added", (r, c) => c with { Parameters = [.. c.Parameters, new("Extra" + r.Next(100), FuzzText.Valid(r, 10))] }, Failure),
        new("repeated names reordered", (r, c) => Reordered(r, c), Failure),
        new("host edited", (r, c) => c with { Host = FuzzText.Edit(r, c.Host, FuzzText.Letters + ".:[]") }, Failure),
        new("path edited", (r, c) => c with { Path = FuzzText.Edit(r, c.Path, EditAlphabet) }, Failure),
        new("method replaced", (r, c) => c with { Method = c.Method == "GET" ? "POST" : FuzzText.Pick(r, OtherMethods) }, Failure),
        new("timestamp moved inside the window", (r, c) => Timestamp(c, Stamp(c) + r.Next(-600, 601)) is var t
            && InWindow(t) && t.Last("Timestamp") != c.Last("Timestamp") ? t : null, Failure),
        new("timestamp with a leading zero", (r, c) => Timestamp(c, "0" + c.Last("Timestamp")), Failure),
        new("timestamp moved past the window", (r, c) => Timestamp(c, Stamp(c) + FuzzSkew.PastTheWindow(r)), Expire),
        new("received too late or too early", (r, c) => c with { Now = Stamp(c) + FuzzSkew.OutsideTheWindow(r) }, Expire),
        new("signature method switched", (r, c) => SetLast(c, "SignatureMethod",
            c.Last("SignatureMethod") == "HmacSHA256" ? FuzzText.Pick(r, OtherSignatureMethods) : "HmacSHA256"), Failure),
        new("signature byte changed", (r, c) => SetLast(c, "Signature", OtherSignature(r, c.Last("Signature")!)), Failure),
        new("secret key edited", (r, c) => c with { SecretKey = FuzzText.Edit(r, c.SecretKey, EditAlphabet) }, Failure),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Any_single_change_to_a_signed_request_is_refused(int seed)
    {
        FuzzRun.Check(seed, InputsPerSeed, ChangedCase, input =>
        {
            Assert.Equal(SignatureCheck.Valid, input.Signed.Verify());
            SignatureCheck answer = input.Changed.Verify();
            if (input.Change.Answer is { } expected)
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
    public void Random_parameters_never_throw_and_never_verify(int seed)
    {
        var answers = new Dictionary<SignatureCheck, int>();
        FuzzRun.Check(seed, InputsPerSeed, RandomCase, input =>
        {
            SignatureCheck answer = input.Verify();
            Assert.NotEqual(SignatureCheck.Valid, answer);
            answers[answer] = answers.GetValueOrDefault(answer) + 1;
        });
        Assert.True(answers.GetValueOrDefault(SignatureCheck.SignatureFailure) > InputsPerSeed / 2, string.Join(", ", answers));
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    public void Blindly_damaged_signed_requests_never_throw(int seed)
    {
        FuzzRun.Check(seed, InputsPerSeed, random =>
        {
            var damaged = V1SignedCase.Generate(random);
            for (int edits = random.Next(1, 4); edits > 0; edits--)
            {
                int at = random.Next(damaged.Parameters.Count);
                var (key, value) = damaged.Parameters[at];
                damaged = random.Next(4) switch
                {
                    0 => damaged.WithParameter(at, new(FuzzText.Mutate(random, key), value)),
                    1 => damaged.WithParameter(at, new(key, FuzzText.Mutate(random, value))),
                    2 => damaged with { Host = FuzzText.Mutate(random, damaged.Host) },
                    _ => damaged with { Method = FuzzText.Mutate(random, damaged.Method), Path = FuzzText.Mutate(random, damaged.Path) },
                };
            }
            return damaged;
        }, input => input.Verify());
    }

    private sealed record ChangedRequest(V1SignedCase Signed, Change Change, V1SignedCase Changed);

    private static ChangedRequest ChangedCase(Random random)
    {
        while (true)
        {
            var signed = V1SignedCase.Generate(random);
            var change = FuzzText.Pick(random, Changes);
            if (change.Apply(random, signed) is { } changed)
            {
                return new ChangedRequest(signed, change, changed);
            }
        }
    }

    /// <summary>Garbage of every kind: names and values with lone surrogates, controls, repeats of the control parameters.</summary>
    private static V1SignedCase RandomCase(Random random)
    {
        long now = random.NextInt64(1_600_000_000, 2_000_000_000);
        var parameters = new List<KeyValuePair<string, string>>();
        for (int i = random.Next(100) == 0 ? 300 : random.Next(15); i > 0; i--)
        {
            parameters.Add(new(FuzzText.Any(random, 10), FuzzText.Any(random, random.Next(20) == 0 ? 2_000 : 20)));
        }
        for (int i = random.Next(1, 3); i > 0; i--)
        {
            string timestamp = (now + random.Next(-300, 301)).ToString(CultureInfo.InvariantCulture);
            parameters.Add(new("Timestamp", random.Next(6) == 0 ? FuzzText.Any(random, 12) : timestamp));
        }
        if (random.Next(3) > 0)
        {
            parameters.Add(new("SignatureMethod", random.Next(5) == 0 ? FuzzText.Any(random, 12) : FuzzText.Pick(random, SignatureMethods)));
        }
        var signature = new byte[FuzzText.Pick(random, [20, 32, 32, 0, 31, 33])];
        random.NextBytes(signature);
        parameters.Add(new("Signature", random.Next(6) == 0 ? FuzzText.Any(random, 50) : Convert.ToBase64String(signature)));
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(parameters));
        return new V1SignedCase
        {
            Method = FuzzText.Any(random, 6), Host = FuzzText.Any(random, 20), Path = FuzzText.Any(random, 20),
            Parameters = parameters, SecretKey = FuzzText.Any(random, 40), Now = now,
        };
    }

    /// <summary>Applies <paramref name="edit"/> to a random parameter other than Signature.</summary>
    private static V1SignedCase? EditParameter(Random random, V1SignedCase signed,
        Func<KeyValuePair<string, string>, string, KeyValuePair<string, string>?> edit)
    {
        int at = random.Next(signed.Parameters.Count);
        return signed.Parameters[at].Key == "Signature" ? null : signed.WithParameter(at, edit(signed.Parameters[at], EditAlphabet));
    }

    private static V1SignedCase? Repeated(Random random, V1SignedCase signed)
    {
        var pair = FuzzText.Pick(random, signed.Parameters);
        return pair.Key == "Signature" ? null : signed with { Parameters = signed.Parameters.Append(pair).ToList() };
    }

    /// <summary>Swaps two parameters of one name and different values: the signature covers their order.</summary>
    private static V1SignedCase? Reordered(Random random, V1SignedCase signed)
    {
        var list = signed.Parameters.ToList();
        int first = random.Next(list.Count);
        int second = list.FindIndex(first + 1, p => p.Key == list[first].Key && p.Value != list[first].Value);
        if (second < 0 || list[first].Key == "Signature")
        {
            return null;
        }
        (list[first], list[second]) = (list[second], list[first]);
        return signed with { Parameters = list };
    }

    private static V1SignedCase SetLast(V1SignedCase signed, string name, string value)
    {
        int at = signed.Parameters.ToList().FindLastIndex(p => p.Key == name);
        return at < 0 ? signed with { Parameters = [.. signed.Parameters, new(name, value)] } : signed.WithParameter(at, new(name, value));
    }

    private static V1SignedCase Timestamp(V1SignedCase signed, long timestamp)
        => SetLast(signed, "Timestamp", timestamp.ToString(CultureInfo.InvariantCulture));

    private static V1SignedCase Timestamp(V1SignedCase signed, string timestamp) => SetLast(signed, "Timestamp", timestamp);

    private static long Stamp(V1SignedCase signed) => long.Parse(signed.Last("Timestamp")!, CultureInfo.InvariantCulture);

    private static bool InWindow(V1SignedCase signed) => Math.Abs(Stamp(signed) - signed.Now) <= SignatureTimestamp.DefaultMaxSkewSeconds;

    private static string OtherSignature(Random random, string signature)
    {
        byte[] bytes = Convert.FromBase64String(signature);
        bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
        return Convert.ToBase64String(bytes);
    }
}
