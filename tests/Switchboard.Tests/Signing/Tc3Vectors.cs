namespace Switchboard.Tests.Signing;

/// <summary>
/// Published TC3 vectors (spec/cloud-api.md §A.4, §A.9) and a few more produced by the official node SDK's own
/// <c>Sign.sign3</c> (GET, path-prefixed endpoint), so the tests do not merely agree with our own signer.
/// </summary>
internal static class Tc3Vectors
{
    public const string SecretId = "AKIDEXAMPLE";
    public const string SecretKey = "SECRETEXAMPLE";
    public const long Timestamp = 1700000000;
    public const string Date = "2023-11-14";
    public const string Body = """{"SdkAppId":1400000001,"SeatUserId":"agent@example.com","OnlyOnce":true}""";
    public const string BodySha256 = "4542fab3714bf0ef9b80d44ff4d1481a945c72e243705deff1689cf48abd386c";
    public const string EmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    public const string CccDateKey = "627f442b7b172f3e6919fc3a3d962a33c3586a855323015e7a8b795092a41af8";
    public const string CccServiceKey = "6ab6c0e55b6fb1941cdc9bf27585997ca7f85896b3a18bdf3cdb1f6e667e7e3e";
    public const string CccSigningKey = "8f65de35f82ace5fcd9d5eee0118ca1f012ee604ae25ee9c25b3a717ffddbaa2";

    /// <summary>The request captured from the node SDK in §A.9 (endpoint 127.0.0.1:5000, plain HTTP).</summary>
    public static class Captured
    {
        public const string SecretKey = "testSecretKey456";
        public const long Timestamp = 1795485873;
        public const string Host = "127.0.0.1:5000";
        public const string Authorization = "TC3-HMAC-SHA256 Credential=AKIDtestSecretId123/2026-11-24/127/tc3_request, SignedHeaders=content-type;host, Signature=d07da4c18a7dd6c85cff941129d76bbd84729688c3a67ac17a77f19c0eb97b72";
        public const string CanonicalRequest =
            "POST\n/\n\ncontent-type:application/json\nhost:127.0.0.1\n\ncontent-type;host\n" + BodySha256;
    }

    /// <summary>GET as the node SDK sends it to 127.0.0.1:5000 (from <c>Sign.sign3</c>).</summary>
    public static class Get
    {
        public const string Query = "SdkAppId=1400000001&PageSize=10&PageNumber=0&StaffMail=a%2Bb%40x.com";
        public const string ContentType = "application/x-www-form-urlencoded";
        public const string Signature = "188aa4828a5dc1730509543c6a24eb70d1d2af5ecbb2ee5414a3e9ac699cf53c";
    }

    /// <summary>Node SDK with endpoint <c>localhost:5000/tccc</c>: service with a colon and a slash, URI /tccc/.</summary>
    public static class PathPrefix
    {
        public const string Service = "localhost:5000/tccc";
        public const string Path = "/tccc/";
        public const string Signature = "900483a8e4fd7c136c29428f4d043bb94a34d761a0d4e895ac8beb5ccb2219e1";
    }
}
