using Switchboard.Client;

namespace Switchboard.IntegrationTests.ClientScenarios;

/// <summary>What a backend catches when a call fails: the API's code, a message, and a RequestId to quote.</summary>
internal static class ApiError
{
    /// <summary>Awaits <paramref name="call"/>, which must fail with <paramref name="code"/> and a UUID RequestId.</summary>
    public static async Task<CccException> ExpectAsync(string code, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<CccException>(call);
        Assert.Equal(code, error.Code);
        Assert.True(Guid.TryParseExact(error.RequestId, "D", out _), $"RequestId '{error.RequestId}' is not a UUID");
        Assert.Null(error.HttpStatusCode);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        return error;
    }
}
