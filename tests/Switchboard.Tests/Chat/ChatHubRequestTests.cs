using System.Text.Json;
using Switchboard.Chat;

namespace Switchboard.Tests.Chat;

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

    [Fact]
    public void A_blank_optional_attribute_is_read_as_empty_only_where_allowed()
    {
        var read = ChatHubRequest.Read(Json("""{"nickname":"","channel":""}"""), "Start", "nickname?", "channel?");

        Assert.Equal("", read.OptionalString("nickname", 100, allowEmpty: true));
        Assert.Null(read.Problem);
        Assert.Null(read.OptionalString("channel", 128));
        Assert.Equal("channel must be a non-empty string.", read.Problem);
    }

    [Theory]
    [InlineData("""{"type":"html","content":"<b>x</b>"}""", "type must be text, image or file.")]
    [InlineData("""{"type":"text","content":"   "}""", "An empty message cannot be sent.")]
    [InlineData("""{"type":"image","content":"an-id-far-too-long-to-be-an-attachment-id-0123456789-0123456789-0123"}""", "An image or file message carries the attachment's id.")]
    public void A_message_that_cannot_be_sent_says_why(string json, string problem)
    {
        var message = Json(json);
        Assert.Equal(problem, ChatMessageTypes.Problem(message.GetProperty("type").GetString(), message.GetProperty("content").GetString()));
        Assert.Null(ChatMessageTypes.Problem(ChatMessageTypes.Text, new string('x', ChatMessageTypes.MaxTextLength)));
        Assert.Contains("4000", ChatMessageTypes.Problem(ChatMessageTypes.Text, new string('x', ChatMessageTypes.MaxTextLength + 1)));
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
