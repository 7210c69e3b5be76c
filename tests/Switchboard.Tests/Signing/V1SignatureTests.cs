using System.Text;
using Switchboard.Client.Signing;

namespace Switchboard.Tests.Signing;

public sealed class V1SignatureTests
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("SECRETEXAMPLE");

    /// <summary>Parameters of the §A.7 test vector, in no particular order, with a Signature that must be ignored.</summary>
    internal static List<KeyValuePair<string, string>> VectorParameters(string signatureMethod) =>
    [
        new("Version", "2020-02-10"),
        new("SecretId", "AKIDEXAMPLE"),
        new("Action", "DescribeNumbers"),
        new("Signature", "ignored"),
        new("SignatureMethod", signatureMethod),
        new("Timestamp", "1700000000"),
        new("RequestClient", "SDK_NODEJS_4.1.313"),
        new("Region", "ap-singapore"),
        new("Nonce", "11886"),
        new("SdkAppId", "1400000001"),
    ];

    [Theory]
    [InlineData("HmacSHA256", V1SignatureMethod.HmacSHA256, "4Z7+I9osYk2M1hbZAImbKeqksbf6aVQeecWii+D0WcA=")]
    [InlineData("HmacSHA1", V1SignatureMethod.HmacSHA1, "grBKAimA9jetMdsJ9N5HdKpOODI=")]
    public void Published_vectors(string methodName, V1SignatureMethod method, string signature)
    {
        string stringToSign = V1Signature.BuildStringToSign("POST", "127.0.0.1:5000", "/", VectorParameters(methodName));

        Assert.Equal(
            "POST127.0.0.1:5000/?Action=DescribeNumbers&Nonce=11886&Region=ap-singapore&RequestClient=SDK_NODEJS_4.1.313"
            + $"&SdkAppId=1400000001&SecretId=AKIDEXAMPLE&SignatureMethod={methodName}&Timestamp=1700000000&Version=2020-02-10",
            stringToSign);
        Assert.Equal(signature, V1Signature.Sign(method, Key, stringToSign));
    }

    [Fact]
    public void Keys_are_sorted_as_keys_not_as_joined_pairs()
    {
        // Vector from the node SDK's own formatSignString and Sign.sign: Ids.1 < Ids.10 < Ids.2.
        var parameters = new List<KeyValuePair<string, string>>
        {
            new("Action", "BindStaffSkillGroupList"), new("SdkAppId", "1400000001"), new("StaffEmail", "a@x.com"),
            new("Nonce", "7"), new("Timestamp", "1700000000"), new("SecretId", "AKIDEXAMPLE"),
            new("SignatureMethod", "HmacSHA256"), new("Version", "2020-02-10"),
        };
        parameters.AddRange(Enumerable.Range(0, 11).Select(i => new KeyValuePair<string, string>($"SkillGroupList.{i}", $"{100 + i}")));

        string stringToSign = V1Signature.BuildStringToSign("POST", "127.0.0.1:5000", "/", parameters);

        Assert.Contains("SkillGroupList.0=100&SkillGroupList.1=101&SkillGroupList.10=110&SkillGroupList.2=102", stringToSign);
        Assert.Equal("TuSfWwtAtdoqje2W33JvLS635IiXCrWol7e4m+5JJgc=", V1Signature.Sign(V1SignatureMethod.HmacSHA256, Key, stringToSign));
    }

    [Fact]
    public void Values_are_written_raw_not_url_encoded()
    {
        string stringToSign = V1Signature.BuildStringToSign("get", "example.com", "/tccc/",
            [new("StaffMail", "a+b@x.com"), new("Name", "张 三&co")]);

        Assert.Equal("GETexample.com/tccc/?Name=张 三&co&StaffMail=a+b@x.com", stringToSign);
    }

    [Theory]
    [InlineData("HmacSHA1", V1SignatureMethod.HmacSHA1)]
    [InlineData("HmacSHA256", V1SignatureMethod.HmacSHA256)]
    [InlineData("hmacsha256", null)]
    [InlineData("TC3-HMAC-SHA256", null)]
    [InlineData("", null)]
    public void Signature_method_names_are_exact(string name, V1SignatureMethod? expected)
    {
        bool known = V1Signature.TryParseMethod(name, out var parsed);
        Assert.Equal(expected, known ? parsed : null);
    }
}
