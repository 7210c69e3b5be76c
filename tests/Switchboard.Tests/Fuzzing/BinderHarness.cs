using Microsoft.AspNetCore.Http;
using Switchboard.CloudApi;
using Switchboard.Sdk;
using Switchboard.Staff;
using Switchboard.Tests.CloudApi;

namespace Switchboard.Tests.Fuzzing;

/// <summary>
/// Feeds parameters to the real <see cref="CloudApiBinder"/> the way the endpoint does: flattened pairs (v1 and
/// TC3 GET) or a raw JSON body read through <see cref="CloudApiBody"/>. The actions are the ones the server
/// maps, plus the test-only Sample contract, which adds a float and a nested object.
/// </summary>
internal static class BinderHarness
{
    private const int BodyLimit = 1 << 20;

    public static IReadOnlyList<CloudApiAction> Actions { get; } = LoadActions();

    public static object BindFlat(CloudApiAction action, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        using var request = Request(action, CloudApiBody.Empty, hasJsonBody: false, parameters);
        return CloudApiBinder.Bind(request, action);
    }

    public static object BindJson(CloudApiAction action, byte[] body)
    {
        var http = new DefaultHttpContext();
        http.Request.Body = new MemoryStream(body);
        http.Request.ContentLength = body.Length;
        // A MemoryStream completes every read synchronously, so this never blocks.
        var read = CloudApiBody.ReadAsync(http, BodyLimit).GetAwaiter().GetResult();
        using var request = Request(action, read, hasJsonBody: true, []);
        return CloudApiBinder.Bind(request, action);
    }

    private static IncomingRequest Request(CloudApiAction action, CloudApiBody body, bool hasJsonBody,
        IReadOnlyList<KeyValuePair<string, string>> parameters) => new()
    {
        Protocol = SigningProtocol.Tc3,
        Method = hasJsonBody ? "POST" : "GET",
        Path = "/",
        Query = "",
        Action = action.Name,
        Language = CloudApiLanguages.English,
        Body = body,
        HasJsonBody = hasJsonBody,
        Parameters = parameters,
    };

    private static List<CloudApiAction> LoadActions()
    {
        var table = new CloudApiActionTable().MapStaffActions().MapSdkActions();
        var actions = table.Names.Select(name => table.Find(name)!).OrderBy(action => action.Name, StringComparer.Ordinal).ToList();
        actions.Add(new CloudApiAction("Sample", typeof(SampleRequest),
            (_, _, _) => throw new InvalidOperationException("The sample action is only bound, never run.")));
        return actions;
    }
}
