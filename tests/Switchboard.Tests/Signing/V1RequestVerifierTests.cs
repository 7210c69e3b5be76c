using System.Text;
using System.Security.Cryptography;
using Switchboard.CloudApi.Signatures;
using Switchboard.Client.Signing;

namespace Switchboard.Tests.Signing;

public sealed class V1RequestVerifierTests
{
    private const long Now = 1700000000;
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("SECRETEXAMPLE");

    private static List<KeyValuePair<string, string>> Signed(string method, string signature)
    {
        var parameters = V1SignatureTests.VectorParameters(method);
        parameters.RemoveAll(p => p.Key == "Signature");
        parameters.Add(new("Signature", signature));
        return parameters;
    }

    private static List<KeyValuePair<string, string>> Sha256Vector() => Signed("HmacSHA256", "4Z7+I9osYk2M1hbZAImbKeqksbf6aVQeecWii+D0WcA=");

    private static List<KeyValuePair<string, string>> Change(List<KeyValuePair<string, string>> parameters, string key, string? value)
    {
        parameters.RemoveAll(p => p.Key == key);
        if (value is not null)
        {
            parameters.Add(new(key, value));
        }
        return parameters;
    }

    /// <summary>One row: the parameters received, the server time and the answer; named by <paramref name="Name"/>.</summary>
    public sealed record Case(string Name, List<KeyValuePair<string, string>> Parameters, long Now, SignatureCheck Expected)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cases => new()
    {
        new Case("HmacSHA256 vector", Sha256Vector(), Now, SignatureCheck.Valid),
        new Case("HmacSHA1 vector", Signed("HmacSHA1", "grBKAimA9jetMdsJ9N5HdKpOODI="), Now, SignatureCheck.Valid),
        new Case("SHA-256 signature claimed as HmacSHA1", Signed("HmacSHA1", "4Z7+I9osYk2M1hbZAImbKeqksbf6aVQeecWii+D0WcA="), Now, SignatureCheck.SignatureFailure),
        new Case("tampered parameter", Change(Sha256Vector(), "SdkAppId", "1400000002"), Now, SignatureCheck.SignatureFailure),
        new Case("added parameter", Change(Sha256Vector(), "PageSize", "10"), Now, SignatureCheck.SignatureFailure),
        new Case("unknown method", Change(Sha256Vector(), "SignatureMethod", "HmacMD5"), Now, SignatureCheck.SignatureFailure),
        new Case("no signature", Change(Sha256Vector(), "Signature", null), Now, SignatureCheck.InvalidAuthorization),
        new Case("empty signature", Change(Sha256Vector(), "Signature", ""), Now, SignatureCheck.InvalidAuthorization),
        new Case("no timestamp", Change(Sha256Vector(), "Timestamp", null), Now, SignatureCheck.InvalidAuthorization),
        new Case("timestamp not a number", Change(Sha256Vector(), "Timestamp", "x"), Now, SignatureCheck.SignatureFailure),
        new Case("signature not base64", Change(Sha256Vector(), "Signature", "not base64!"), Now, SignatureCheck.SignatureFailure),
        new Case("signature truncated", Change(Sha256Vector(), "Signature", "4Z7+I9osYk2M1hbZAImbKeqksbf6aVQe"), Now, SignatureCheck.SignatureFailure),
        new Case("received 300 s later", Sha256Vector(), Now + 300, SignatureCheck.Valid),
        new Case("received 301 s later", Sha256Vector(), Now + 301, SignatureCheck.SignatureExpire),
        new Case("received 301 s earlier", Sha256Vector(), Now - 301, SignatureCheck.SignatureExpire),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Published_vector_and_its_variations(Case row)
        => Assert.Equal(row.Expected, V1RequestVerifier.Verify("POST", "127.0.0.1:5000", "/", row.Parameters, Key, row.Now));

    [Fact]
    public void Absent_signature_method_means_HmacSHA1()
    {
        var parameters = Change(Signed("HmacSHA1", "unused"), "SignatureMethod", null);
        string stringToSign = V1Signature.BuildStringToSign("POST", "127.0.0.1:5000", "/", parameters);
        string sha1 = Convert.ToBase64String(HMACSHA1.HashData(Key, Encoding.UTF8.GetBytes(stringToSign)));
        Change(parameters, "Signature", sha1);

        Assert.Equal(SignatureCheck.Valid, V1RequestVerifier.Verify("POST", "127.0.0.1:5000", "/", parameters, Key, Now));
    }

    [Theory]
    [InlineData("POST", "127.0.0.1", "/")]        // the node SDK signs the endpoint with its port
    [InlineData("POST", "127.0.0.1:5001", "/")]
    [InlineData("GET", "127.0.0.1:5000", "/")]
    [InlineData("POST", "127.0.0.1:5000", "/tccc/")]
    public void Method_host_and_path_are_signed(string method, string host, string path)
        => Assert.Equal(SignatureCheck.SignatureFailure, V1RequestVerifier.Verify(method, host, path, Sha256Vector(), Key, Now));

    [Fact]
    public void Many_parameters_are_sorted_and_verified()
    {
        var parameters = Sha256Vector();
        parameters.RemoveAll(p => p.Key == "Signature");
        parameters.AddRange(Enumerable.Range(0, 400).Select(i => new KeyValuePair<string, string>($"SkillGroupIds.{i}", $"{i}")));
        string stringToSign = V1Signature.BuildStringToSign("POST", "127.0.0.1:5000", "/", parameters);
        parameters.Add(new("Signature", V1Signature.Sign(V1SignatureMethod.HmacSHA256, Key, stringToSign)));
        parameters.Reverse();

        Assert.Equal(SignatureCheck.Valid, V1RequestVerifier.Verify("POST", "127.0.0.1:5000", "/", parameters, Key, Now));
    }
}
