using Microsoft.Extensions.Configuration;
using Switchboard.Chat.Satisfaction;

namespace Switchboard.Tests.Chat;

/// <summary>The rating scale read from <c>Chat:SatisfactionLabels</c> and <c>Chat:SatisfactionHours</c>.</summary>
public sealed class SatisfactionScaleTests
{
    [Fact]
    public void Without_settings_visitors_get_five_answers_for_a_day()
    {
        var scale = Scale();

        Assert.Equal([new(1, "Very satisfied"), new(2, "Satisfied"), new(3, "Neutral"), new(4, "Dissatisfied"), new(5, "Very dissatisfied")],
            scale.Choices);
        Assert.Equal(TimeSpan.FromHours(24), scale.Window);
        Assert.True(scale.Enabled);
        Assert.Equal("Neutral", scale.Find(3)?.Label);
        Assert.Null(scale.Find(0));
        Assert.Null(scale.Find(6));
        Assert.Null(scale.Find(long.MaxValue));
    }

    [Fact]
    public void Configured_labels_replace_the_defaults_rather_than_adding_to_them()
    {
        var scale = Scale(("Chat:SatisfactionLabels:0", " 满意 "), ("Chat:SatisfactionLabels:1", "不满意"));

        Assert.Equal([new(1, "满意"), new(2, "不满意")], scale.Choices);
    }

    [Fact]
    public void Zero_hours_turns_the_question_off()
    {
        Assert.False(Scale(("Chat:SatisfactionHours", "0")).Enabled);
    }

    [Theory]
    [InlineData("Chat:SatisfactionHours", "-1", "Chat:SatisfactionHours must be between 0")]
    [InlineData("Chat:SatisfactionHours", "721", "Chat:SatisfactionHours must be between 0")]
    [InlineData("Chat:SatisfactionLabels:0", "  ", "Chat:SatisfactionLabels: every label must be 1 to 64 characters")]
    public void Bad_settings_stop_the_server_naming_the_setting(string key, string value, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Scale((key, value)));
        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void More_than_ten_labels_or_an_overlong_one_are_refused()
    {
        var eleven = Enumerable.Range(0, 11).Select(i => ($"Chat:SatisfactionLabels:{i}", $"answer {i}")).ToArray();
        Assert.StartsWith("Chat:SatisfactionLabels holds at most 10", Assert.Throws<InvalidOperationException>(() => Scale(eleven)).Message);
        Assert.Throws<InvalidOperationException>(() => Scale(("Chat:SatisfactionLabels:0", new string('x', 65))));
    }

    private static SatisfactionScale Scale(params (string Key, string Value)[] settings) =>
        SatisfactionScale.From(new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build());
}
