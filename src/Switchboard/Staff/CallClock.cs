using Switchboard.CloudApi;

namespace Switchboard.Staff;

/// <summary>The current time as the API stores it, from the injected clock so tests can move it.</summary>
internal static class CallClock
{
    public static long UnixNow(this CloudApiCall call) =>
        call.Services.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeSeconds();
}
