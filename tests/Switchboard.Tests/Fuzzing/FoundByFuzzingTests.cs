using System.Globalization;
using System.Text;
using System.Text.Json;
using Switchboard.CloudApi;
using Switchboard.CloudApi.Parameters;
using Switchboard.CloudApi.Signatures;
using Switchboard.Tests.CloudApi;
using Switchboard.Tests.Signing;

namespace Switchboard.Tests.Fuzzing;

/// <summary>The smallest forms of what the fuzz properties found, kept as plain regression tests.</summary>
public sealed class FoundByFuzzingTests
{
    private const long Now = 1_700_000_000;
    private const string Body = """{"SdkAppId":1}""";

    [Theory]
    [InlineData("1700000000", SignatureCheck.Valid)]
    [InlineData("01700000000", SignatureCheck.SignatureFailure)] // once verified: the digits were re-formatted
    [InlineData("001700000000", SignatureCheck.SignatureFailure)]
    public void Timestamp_must_be_sent_in_its_canonical_digits(string timestamp, SignatureCheck expected)
    {
        string authorization = ReferenceTc3Signer.Authorization("AKID1", "key", Now, "ccc", "POST", "/", "",
            "application/json", "example.com", ReferenceTc3Signer.Sha256Hex(Body));
        Assert.Equal(expected, VerifyTc3(authorization, "example.com", timestamp));
    }

    [Theory]
    [InlineData("[::1]:5000", "[::1]:5000", SignatureCheck.Valid)]
    [InlineData("[::1]", "[::1]:5000", SignatureCheck.Valid)]
    [InlineData("[::1]:5000", "[::1]:5000:7", SignatureCheck.SignatureFailure)] // once verified: stripped to [::1]:5000
    [InlineData("[::1]:5000", "[::1]:5000:", SignatureCheck.SignatureFailure)]
    [InlineData("[::1", "[::1:5000", SignatureCheck.SignatureFailure)]
    [InlineData("::1", "::1:5000", SignatureCheck.SignatureFailure)]
    public void Only_a_port_after_the_host_name_is_ignored(string signedHost, string receivedHost, SignatureCheck expected)
    {
        string authorization = ReferenceTc3Signer.Authorization("AKID1", "key", Now, "ccc", "POST", "/", "",
            "application/json", signedHost, ReferenceTc3Signer.Sha256Hex(Body));
        Assert.Equal(expected, VerifyTc3(authorization, receivedHost, Now.ToString(CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("""{"SdkAppId":1,"Members":[null]}""", "`Members.0` must be an object, but a JSON null was sent")]
    [InlineData("""{"SdkAppId":1,"Members":[],"GroupIds":[1,null]}""", "`GroupIds.1` must be an integer")]
    [InlineData("""{"SdkAppId":1,"Members":[{"Name":"A","Mail":"m","Groups":["g",null]}]}""", "`Members.0.Groups.1` must be a string")]
    [InlineData("""{"SdkAppId":1,"Members":[{"Name":"\ud800","Mail":"m"}]}""", "`Members.0.Name` is not valid Unicode text")]
    [InlineData("""{"SdkAppId":1,"Members":[{"Name":"a\udc00b","Mail":"m"}]}""", "`Members.0.Name` is not valid Unicode text")]
    [InlineData("""{"SdkAppId":1,"Members":[],"Ratio":1E400}""", "`Ratio` must be a finite number")]
    [InlineData("""{"SdkAppId":1,"Members":[],"Ratio":-1e309}""", "`Ratio` must be a finite number")]
    public void Nulls_in_lists_unpaired_surrogates_and_infinite_numbers_are_named_invalid_parameters(string json, string messagePart)
    {
        // All once passed validation: a null reached the handler inside the list, an infinite number bound as
        // infinity (the flattened form refused it), and an unpaired surrogate failed later in deserialization
        // with a message about System.String.
        using var document = JsonDocument.Parse(json);
        var error = Assert.Throws<CloudApiException>(() =>
            ParameterValidator.Validate(document.RootElement, ParameterSchema.For(typeof(SampleRequest)), "Sample"));
        Assert.Equal(ErrorCodes.InvalidParameter, error.Code);
        Assert.Contains(messagePart, error.Message);
    }

    [Theory]
    [InlineData("""{"SdkAppId":1,"Members":[{"Name":"\u00e9\ud83d\ude00","Mail":"\\"}]}""")]
    [InlineData("""{"SdkAppId":1,"Members":[{"Name":"\ud83d\ude00","Mail":"a\u0000b"}]}""")]
    public void Escaped_text_that_is_valid_unicode_passes(string json)
    {
        using var document = JsonDocument.Parse(json);
        ParameterValidator.Validate(document.RootElement, ParameterSchema.For(typeof(SampleRequest)), "Sample");
    }

    private static SignatureCheck VerifyTc3(string authorizationHeader, string host, string timestamp)
    {
        Assert.True(Tc3Authorization.TryParse(authorizationHeader, out var authorization));
        var request = new Tc3SignedRequest
        {
            Method = "POST", Path = "/", Query = "", Host = host, ContentType = "application/json",
            Timestamp = timestamp, Body = Encoding.UTF8.GetBytes(Body),
        };
        return Tc3RequestVerifier.Verify(authorization, "key"u8, request, Now);
    }
}
