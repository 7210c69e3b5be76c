using System.Text;
using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.CloudApi;

/// <summary>
/// Makes one bad cloud API request of a randomly chosen kind. Most are signed correctly, so they get past
/// authentication and exercise parsing, validation and binding; the rest attack authentication itself.
/// Every kind must be refused with an error envelope (none is a valid request).
/// </summary>
internal static class MalformedRequestGenerator
{
    private static readonly string[] ContentTypes =
        ["application/json", "text/plain", "application/octet-stream", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""];

    public static HttpRequestMessage Next(Random random, Uri baseAddress, TestTenant tenant, int index)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var kind = index % 18;
        HttpRequestMessage Signed(string action, string json) =>
            Tc3TestSigner.Post(baseAddress, action, Encoding.UTF8.GetBytes(json), tenant.SecretId, tenant.SecretKey, now);
        HttpRequestMessage SignedBytes(string action, byte[] body) =>
            Tc3TestSigner.Post(baseAddress, action, body, tenant.SecretId, tenant.SecretKey, now);

        var validCreate = $$"""{"SdkAppId":{{tenant.SdkAppId}},"Staffs":[{"Name":"Ann","Mail":"ann{{index}}@example.com","StaffNumber":"{{index}}"}]}""";
        HttpRequestMessage request;
        string name;
        switch (kind)
        {
            case 0:
                name = "random bytes, unsigned";
                request = new HttpRequestMessage(HttpMethod.Post, baseAddress) { Content = new ByteArrayContent(RandomBytes(random, 2048)) };
                var contentType = ContentTypes[random.Next(ContentTypes.Length)];
                if (contentType.Length > 0) request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
                if (random.Next(2) == 0) request.Headers.TryAddWithoutValidation("X-TC-Action", "CreateStaff");
                break;
            case 1:
                name = "truncated JSON";
                request = Signed("CreateStaff", validCreate[..random.Next(1, validCreate.Length - 1)]);
                break;
            case 2:
                name = "deep nesting";
                var depth = random.Next(40, 5000);
                request = Signed("CreateStaff", $$"""{"SdkAppId":{{new string('[', depth)}}1{{new string(']', depth)}}}""");
                break;
            case 3:
                name = "huge string of the wrong type";
                request = Signed("DescribeStaffInfoList", $$"""{"SdkAppId":"{{new string('9', random.Next(10_000, 400_000))}}","PageSize":10,"PageNumber":0}""");
                break;
            case 4:
                name = "wrong types";
                string[] wrong =
                [
                    $$"""{"SdkAppId":{{tenant.SdkAppId}},"Staffs":"ann"}""",
                    $$"""{"SdkAppId":{{tenant.SdkAppId}},"Staffs":[{"Name":1,"Mail":"a@x.com","StaffNumber":"1"}]}""",
                    $$"""{"SdkAppId":{{tenant.SdkAppId}},"Staffs":[{"Name":"A","Mail":"a@x.com","StaffNumber":"1"}],"SendPassword":"no"}""",
                    $$"""{"SdkAppId":{{tenant.SdkAppId}}.5,"Staffs":[]}""",
                    $$"""{"SdkAppId":true,"Staffs":[]}""",
                    $$"""{"SdkAppId":{{tenant.SdkAppId}},"Staffs":[null, 3]}""",
                ];
                request = Signed("CreateStaff", wrong[random.Next(wrong.Length)]);
                break;
            case 5:
                name = "duplicate keys";
                request = Signed("CreateStaff", $$"""{"SdkAppId":{{tenant.SdkAppId}},"SdkAppId":{{tenant.SdkAppId}},"Staffs":[]}""");
                break;
            case 6:
                name = "bad Authorization header";
                request = Signed("CreateStaff", validCreate);
                request.Headers.Remove("Authorization");
                string[] authorizations =
                [
                    "garbage", "TC3-HMAC-SHA256", "TC3-HMAC-SHA256 Credential=", "HMAC-SHA1 Credential=a/b/c/d, SignedHeaders=host, Signature=00",
                    $"TC3-HMAC-SHA256 Credential={tenant.SecretId}/2020-01-01/ccc/tc3_request, SignedHeaders=content-type;host, Signature=zz",
                    $"TC3-HMAC-SHA256 Credential={tenant.SecretId}, SignedHeaders=content-type;host, Signature={new string('0', 64)}",
                    $"TC3-HMAC-SHA256 Credential=AKIDnobody0000000000000000000000000/2026-01-01/ccc/tc3_request, SignedHeaders=content-type;host, Signature={new string('a', 64)}",
                    $"TC3-HMAC-SHA256 Credential=bad id!/2026-01-01/ccc/tc3_request, SignedHeaders=content-type;host, Signature={new string('a', 64)}",
                    new string('x', random.Next(1, 8000)),
                ];
                request.Headers.TryAddWithoutValidation("Authorization", authorizations[random.Next(authorizations.Length)]);
                break;
            case 7:
                name = "bad timestamp or version";
                request = Signed("CreateStaff", validCreate);
                if (random.Next(2) == 0)
                {
                    request.Headers.Remove("X-TC-Timestamp");
                    string[] stamps = ["", "abc", "-1", "99999999999999999999", (now - 3600).ToString(), "1e9"];
                    var stamp = stamps[random.Next(stamps.Length)];
                    if (stamp.Length > 0) request.Headers.TryAddWithoutValidation("X-TC-Timestamp", stamp);
                }
                else
                {
                    request.Headers.Remove("X-TC-Version");
                    request.Headers.TryAddWithoutValidation("X-TC-Version", random.Next(2) == 0 ? "2017-03-12" : "");
                }
                break;
            case 8:
                name = "wrong secret key";
                request = Tc3TestSigner.Post(baseAddress, "CreateStaff", Encoding.UTF8.GetBytes(validCreate), tenant.SecretId, tenant.SecretKey + "x", now);
                break;
            case 9:
                name = "body changed after signing";
                request = Signed("CreateStaff", validCreate);
                request.Content = new StringContent(validCreate.Replace("Ann", "Bob"), Encoding.UTF8);
                request.Content.Headers.ContentType = new("application/json");
                break;
            case 10:
                name = "unknown or unbuilt action";
                string[] actions = ["NoSuchAction", "DescribeTelCdr", "CreateAutoCalloutTask", "createstaff", new string('Q', 300), "Create Staff"];
                request = Signed(actions[random.Next(actions.Length)], validCreate);
                break;
            case 11:
                name = "random bytes, signed";
                request = SignedBytes("CreateStaff", RandomBytes(random, 4096));
                break;
            case 12:
                name = "missing required parameter";
                string[] missing = [$$"""{"SdkAppId":{{tenant.SdkAppId}}}""", """{"Staffs":[]}""", $$"""{"SdkAppId":{{tenant.SdkAppId}},"Staffs":[{"Name":"A"}]}""", "{}", ""];
                request = Signed("CreateStaff", missing[random.Next(missing.Length)]);
                break;
            case 13:
                name = "unknown parameter";
                request = Signed("DescribeStaffInfoList", $$"""{"SdkAppId":{{tenant.SdkAppId}},"PageSize":10,"PageNumber":0,"P{{random.Next()}}":1}""");
                break;
            case 14:
                name = "unsupported content type";
                request = Signed("CreateStaff", validCreate);
                var bytes = Encoding.UTF8.GetBytes(validCreate);
                request.Content = new ByteArrayContent(bytes);
                request.Content.Headers.TryAddWithoutValidation("Content-Type", random.Next(2) == 0 ? "text/plain" : "multipart/form-data; boundary=b");
                break;
            case 15:
                name = "v1 form with garbage";
                var form = random.Next(3) switch
                {
                    0 => $"Action=CreateStaff&Version=2020-02-10&SecretId={tenant.SecretId}&Timestamp={now}&Nonce=1&SdkAppId={tenant.SdkAppId}",
                    1 => $"Action=CreateStaff&Version=2020-02-10&SecretId={tenant.SecretId}&Timestamp={now}&Nonce=1&Signature=AAAA&SignatureMethod=HmacSHA256&Staffs.0.Name=A",
                    _ => Encoding.Latin1.GetString(RandomBytes(random, 512)),
                };
                request = new HttpRequestMessage(HttpMethod.Post, baseAddress)
                {
                    Content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"),
                };
                break;
            case 16:
                name = "malformed flattened GET";
                string[] queries =
                [
                    $"SdkAppId={tenant.SdkAppId}&PageSize=10&PageNumber=x",
                    $"SdkAppId={tenant.SdkAppId}&PageSize=10&PageNumber=0&PageNumber=1",
                    $"SdkAppId={tenant.SdkAppId}&PageSize.0=10&PageNumber=0",
                    $"SdkAppId=%FF%FE&PageSize=10&PageNumber=0",
                    $"PageSize=10&PageNumber=0",
                ];
                request = Tc3TestSigner.Get(baseAddress, "DescribeStaffInfoList", queries[random.Next(queries.Length)], tenant.SecretId, tenant.SecretKey, now);
                break;
            default:
                name = "application of nobody or another owner";
                request = Signed("DescribeStaffInfoList", $$"""{"SdkAppId":{{(random.Next(2) == 0 ? 1600000000 + random.Next(9_999_999) : tenant.OtherOwnersSdkAppId)}},"PageSize":10,"PageNumber":0}""");
                break;
        }
        request.Headers.TryAddWithoutValidation("X-Case", name);
        return request;
    }

    private static byte[] RandomBytes(Random random, int max)
    {
        var bytes = new byte[random.Next(1, max)];
        random.NextBytes(bytes);
        return bytes;
    }
}
