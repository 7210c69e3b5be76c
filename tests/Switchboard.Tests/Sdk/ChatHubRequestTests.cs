using System.Text.Json;
using Switchboard.Sdk.Hub.Chat;

namespace Switchboard.Tests.Sdk;

public sealed class ChatHubRequestTests
{
    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public void A_well_formed_transfer_reads_every_field_and_has_no_problem()
    {
        var read = ChatHubRequest.Read(Json("""{"sessionId":"s-1","skillGroupId":12,"userId":null}"""), "ChatTransfer", "sessionId", "skillGroupId?", "userId?");

        Assert.Equal(("s-1", 12L, (string?)null), (read.SessionId(), read.OptionalNumber("skillGroupId", 1), read.OptionalString("userId", 320)));
        Assert.Null(read.Problem);
    }

    [Theory]
    [InlineData("[]", "ChatEnd takes one object argument: { sessionId }.")]
    [InlineData("\"s-1\"", "ChatEnd takes one object argument: { sessionId }.")]
    [InlineData("""{"sessionId":"s-1","by":"bob"}""", "ChatEnd does not take 'by'. ChatEnd takes one object argument: { sessionId }.")]
    [InlineData("""{}""", "sessionId is required: a non-empty string. ChatEnd takes one object argument: { sessionId }.")]
    [InlineData("""{"sessionId":["s-1"]}""", "sessionId must be a non-empty string.")]
    public void The_first_problem_is_the_one_reported(string json, string problem)
    {
        var read = ChatHubRequest.Read(Json(json), "ChatEnd", "sessionId");

        read.SessionId();
        read.Refuse("a later problem");

        Assert.Equal(problem, read.Problem);
    }

    [Fact]
    public void After_a_problem_every_read_answers_a_default_without_looking()
    {
        var read = ChatHubRequest.Read(Json("""{"sessionId":5,"typing":true,"afterId":3}"""), "ChatTyping", "sessionId", "typing", "afterId");

        Assert.Equal("", read.SessionId());
        Assert.False(read.RequiredBool("typing"));
        Assert.Equal(0, read.RequiredNumber("afterId", 0));
        Assert.Equal("sessionId must be a non-empty string.", read.Problem);
    }

    [Theory]
    [InlineData("""{"afterId":1e3}""", "afterId must be a whole number of at least 0.")]
    [InlineData("""{"afterId":99999999999999999999}""", "afterId must be a whole number of at least 0.")]
    [InlineData("""{"afterId":"3"}""", "afterId must be a whole number of at least 0.")]
    [InlineData("""{"afterId":null}""", "afterId is required: a whole number of at least 0.")]
    public void Numbers_are_whole_in_range_json_numbers(string json, string problem)
    {
        var read = ChatHubRequest.Read(Json(json), "ChatMessages", "afterId");

        read.RequiredNumber("afterId", 0);

        Assert.Equal(problem, read.Problem);
    }

    [Fact]
    public void A_long_unknown_property_name_is_shortened_in_the_answer()
    {
        var read = ChatHubRequest.Read(Json($$"""{"{{new string('x', 5000)}}":1}"""), "ChatAccept", "sessionId");

        Assert.StartsWith($"ChatAccept does not take '{new string('x', 40)}…'.", read.Problem);
        Assert.True(read.Problem!.Length < 200);
    }
}
