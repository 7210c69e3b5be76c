using System.Text.Json;

namespace Switchboard.BrowserTests.Infrastructure;

/// <summary>How a tccc promise settled: <c>resolved</c> or <c>rejected</c>, and with what value.</summary>
public sealed record Settled(string Outcome, JsonElement Value)
{
    /// <summary>Asserts TCCC's rejection shape exactly: <c>{ status: 'error', errorMsg }</c>; returns errorMsg.</summary>
    public string AssertRejected()
    {
        Assert.True(Outcome == "rejected", $"expected a rejection, got {Outcome} with {Value}");
        Assert.Equal(["errorMsg", "status"], Value.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("error", Value.GetProperty("status").GetString());
        var message = Value.GetProperty("errorMsg").GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
        return message!;
    }

    /// <summary>Asserts TCCC's success shape: <c>{ status: 'success', data? }</c>.</summary>
    public void AssertResolved()
    {
        Assert.True(Outcome == "resolved", $"expected success, got {Outcome} with {Value}");
        Assert.Equal("success", Value.GetProperty("status").GetString());
        Assert.All(Value.EnumerateObject(), p => Assert.Contains(p.Name, new[] { "status", "data" }));
    }
}
