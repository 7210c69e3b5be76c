// The business backend's route from step 2 of the TCCC guide: GET /loginTCCC mints a one-time SdkURL for
// the agent using the page, with Switchboard.Client. Only this process ever holds the SecretKey.
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Switchboard.Client;
using Switchboard.Samples.AspNetBackend;

var (settings, problem) = BackendSettings.FromEnvironment();
if (settings is null)
{
    Console.Error.WriteLine(problem);
    return 2;
}

var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseUrls($"http://{settings.Host}:{settings.Port}");
builder.Logging.SetMinimumLevel(LogLevel.Warning);
// Answer Tencent's field names (SdkURL, Code, …) as they are, like the Node sample.
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.PropertyNamingPolicy = null);
builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy =>
    policy.WithOrigins([.. settings.AllowedOrigins]).WithMethods("GET")));
builder.Services.AddSingleton(_ => new CccClient(
    new CccCredential(settings.SecretId, settings.SecretKey),
    new CccClientOptions { Endpoint = settings.Endpoint, Protocol = settings.Protocol, Timeout = TimeSpan.FromSeconds(15) },
    // A Switchboard on your own network is reached directly, whatever http_proxy says.
    new HttpClient(new SocketsHttpHandler { UseProxy = false })));

var app = builder.Build();
app.UseCors();

app.MapGet("/loginTCCC", async (HttpContext http, CccClient client, ILogger<BackendSettings> log) =>
{
    var seatUserId = AgentOfRequest(http);
    if (seatUserId is null)
    {
        return Results.Json(new { Code = "MissingParameter", Message = "Say which agent logs in: /loginTCCC?userId=<agent e-mail>." },
            statusCode: StatusCodes.Status400BadRequest);
    }
    try
    {
        var login = await client.CreateSDKLoginTokenAsync(
            new CreateSDKLoginTokenRequest { SdkAppId = settings.SdkAppId, SeatUserId = seatUserId }, http.RequestAborted);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Json(new { login.SdkURL, login.Token, login.ExpiredTime, login.RequestId });
    }
    catch (CccException error)
    {
        log.LogWarning("CreateSDKLoginToken for {Agent} failed: {Code}: {Message}", seatUserId, error.Code, error.Message);
        return Results.Json(new { error.Code, error.Message, error.RequestId }, statusCode: StatusCodes.Status502BadGateway);
    }
});

app.MapGet("/healthz", () => Results.Json(new { ok = true }));

await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
Console.WriteLine($"aspnet-backend listening on {address} (Switchboard {settings.Protocol}{settings.Endpoint}, SdkAppId {settings.SdkAppId})");
await app.WaitForShutdownAsync();
return 0;

// ---- DEMO STAND-IN: which agent is logged in ----------------------------------------------------------
// A real backend knows its user from its own login session and never takes the agent's id from the request:
// anyone who can call this route can log in as any agent. Replace this function with your authentication.
string? AgentOfRequest(HttpContext http)
{
    var userId = http.Request.Query["userId"].ToString().Trim();
    return userId.Length > 0 ? userId : settings.DefaultAgent;
}
