using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Switchboard.CloudApi.Signatures;

namespace Switchboard.Tests.Fuzzing;

/// <summary>
/// A random v1 request as the server decodes it (parameters in received order, duplicates kept), signed by a
/// naive string-concatenating signer written here from the recipe, not by the production code.
/// </summary>
internal sealed record V1SignedCase
{
    private static readonly string[] Actions = ["DescribeStaffInfoList", "CreateStaff", "DeleteStaff", "CreateSDKLoginToken"];
    private static readonly string[] Hosts = ["127.0.0.1:5000", "ccc.tencentcloudapi.com", "localhost:8443", "[::1]:5000"];
    private static readonly string[] Methods = ["HmacSHA1", "HmacSHA256"];

    /// <summary>Separators a raw join cannot escape, and percent-encodings left undecoded or broken.</summary>
    private static readonly string[] OddKeys = ["SdkAppId", "StaffMail", "PageSize", "PageNumber", "", "a=b", "x&y", "%41", "\u4e2d"];

    private static readonly string[] OddValues = ["", "true", "a&b=c", "100%", "a+b", "%zz", "%E4%B8", "a%20b", "\u4e2d\u6587"];

    public required string Method { get; init; }
    public required string Host { get; init; }
    public required string Path { get; init; }
    public required IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; }
    public required string SecretKey { get; init; }
    public required long Now { get; init; }

    public static V1SignedCase Generate(Random random)
    {
        long now = random.NextInt64(1_600_000_000, 2_000_000_000);
        var parameters = new List<KeyValuePair<string, string>>
        {
            new("Action", FuzzText.Pick(random, Actions)),
            new("Version", "2020-02-10"),
            new("Timestamp", (now + random.Next(-300, 301)).ToString(CultureInfo.InvariantCulture)),
            new("Nonce", random.Next(1, int.MaxValue).ToString(CultureInfo.InvariantCulture)),
            new("SecretId", "AKID" + FuzzText.From(random, FuzzText.Letters, 1, 20)),
        };
        if (random.Next(3) > 0)
        {
            parameters.Add(new("SignatureMethod", FuzzText.Pick(random, Methods)));
        }
        int common = parameters.Count;
        int count = random.Next(100) == 0 ? 200 : random.Next(12);
        for (int i = 0; i < count; i++)
        {
            // Action parameters may repeat (the signature covers each copy); the control ones never do.
            parameters.Add(random.Next(6) == 0 && parameters.Count > common
                ? new(parameters[random.Next(common, parameters.Count)].Key, Value(random))
                : new(Key(random, i), Value(random)));
        }
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(parameters));
        var unsigned = new V1SignedCase
        {
            Method = random.Next(2) == 0 ? "POST" : "GET",
            Host = FuzzText.Pick(random, Hosts),
            Path = random.Next(3) == 0 ? "/" + FuzzText.From(random, FuzzText.Letters + "/", 1, 10) : "/",
            Parameters = parameters,
            SecretKey = FuzzText.Valid(random, 40).PadLeft(1, 'k'),
            Now = now,
        };
        parameters.Insert(random.Next(parameters.Count + 1), new("Signature", unsigned.ReferenceSignature()));
        return unsigned;
    }

    public SignatureCheck Verify()
        => V1RequestVerifier.Verify(Method, Host, Path, Parameters, Encoding.UTF8.GetBytes(SecretKey), Now);

    /// <summary>The value of the last parameter called <paramref name="name"/>, as the verifier reads it.</summary>
    public string? Last(string name) => Parameters.LastOrDefault(p => p.Key == name).Value;

    /// <summary>Copy with the parameter at <paramref name="index"/> replaced (null removes it).</summary>
    public V1SignedCase WithParameter(int index, KeyValuePair<string, string>? replacement)
    {
        var parameters = Parameters.ToList();
        if (replacement is { } pair)
        {
            parameters[index] = pair;
        }
        else
        {
            parameters.RemoveAt(index);
        }
        return this with { Parameters = parameters };
    }

    public override string ToString()
        => $"{Method} {FuzzRun.Show(Host)}{FuzzRun.Show(Path)} at {Now}, key {FuzzRun.Show(SecretKey)}, "
            + $"[{string.Join(", ", Parameters.Take(40).Select(p => FuzzRun.Show(p.Key, 60) + "=" + FuzzRun.Show(p.Value, 60)))}]";

    /// <summary>
    /// METHOD + host + path + "?" + k=v joined by &amp;, parameters other than Signature sorted by key (ordinal,
    /// stable), values raw; HMAC-SHA1 unless SignatureMethod says HmacSHA256.
    /// </summary>
    private string ReferenceSignature()
    {
        var sorted = Parameters.Where(p => p.Key != "Signature").OrderBy(p => p.Key, StringComparer.Ordinal);
        string text = Method.ToUpperInvariant() + Host + Path + "?" + string.Join("&", sorted.Select(p => p.Key + "=" + p.Value));
        byte[] key = Encoding.UTF8.GetBytes(SecretKey);
        byte[] hash = Last("SignatureMethod") == "HmacSHA256"
            ? HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text))
            : HMACSHA1.HashData(key, Encoding.UTF8.GetBytes(text));
        return Convert.ToBase64String(hash);
    }

    /// <summary>Flattened action parameter names, and now and then anything at all (but never Signature).</summary>
    private static string Key(Random random, int i) => random.Next(4) switch
    {
        0 => $"SkillGroupIds.{i}",
        1 => $"Staffs.{i % 3}.{FuzzText.Pick(random, ["Name", "Mail", "StaffNumber", "SkillGroupNameList.0"])}",
        2 => FuzzText.Pick(random, OddKeys),
        _ => FuzzText.Valid(random, 12).Replace("Signature", "Sig"),
    };

    /// <summary>Decoded values: numeric, odd, or any well-formed text.</summary>
    private static string Value(Random random) => random.Next(3) switch
    {
        0 => random.NextInt64().ToString(CultureInfo.InvariantCulture),
        1 => FuzzText.Pick(random, OddValues),
        _ => FuzzText.Valid(random, 30),
    };
}
