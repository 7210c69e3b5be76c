using Switchboard.CloudApi;
using Switchboard.Staff;

namespace Switchboard.Tests.Staff;

public sealed class AgentFieldsTests
{
    [Theory]
    [InlineData("agent@example.com")]
    [InlineData("first.last+queue@mail.example.co.uk")]
    [InlineData("A_Gent-7@EXAMPLE.COM")]
    [InlineData("o'brien@example.org")]
    public void Accepts_ordinary_mail_addresses(string mail) => Assert.True(AgentFields.IsMail(mail));

    [Theory]
    [InlineData("")]
    [InlineData("agent")]
    [InlineData("@example.com")]
    [InlineData("agent@")]
    [InlineData("agent@localhost")]
    [InlineData("a@b@example.com")]
    [InlineData(".agent@example.com")]
    [InlineData("agent.@example.com")]
    [InlineData("ag..ent@example.com")]
    [InlineData("agent @example.com")]
    [InlineData("agent@exa mple.com")]
    [InlineData("agent@-example.com")]
    [InlineData("agent@example..com")]
    [InlineData("agent@example.com\n")]
    [InlineData("\"quoted\"@example.com")]
    [InlineData("agent@[127.0.0.1]")]
    [InlineData("agenté@example.com")]
    public void Refuses_malformed_mail_addresses(string mail) => Assert.False(AgentFields.IsMail(mail));

    [Fact]
    public void Refuses_mail_longer_than_the_column()
    {
        var tooLongLocal = new string('a', 65) + "@example.com";
        var tooLongOverall = "a@" + string.Join('.', Enumerable.Repeat(new string('d', 60), 6)) + ".com";
        Assert.False(AgentFields.IsMail(tooLongLocal));
        Assert.False(AgentFields.IsMail(tooLongOverall));
    }

    [Theory]
    [InlineData("008618011111111", true)]  // mainland China mobile, TCCC's example
    [InlineData("0044207946000", true)]    // UK landline
    [InlineData("0012025550123", true)]    // US number
    [InlineData("18011111111", false)]     // national form without 00
    [InlineData("+8618011111111", false)]
    [InlineData("0086 18011111111", false)]
    [InlineData("0086180111111111111", false)] // more digits than E.164 allows
    [InlineData("000018011111111", false)]  // country code cannot start with 0
    [InlineData("0086180", false)]
    [InlineData("008618011111111\n", false)]
    [InlineData("", false)]
    public void Phone_must_be_00_prefixed_international(string phone, bool valid) => Assert.Equal(valid, AgentFields.IsPhone(phone));

    [Theory]
    [InlineData("1001", true)]
    [InlineData("80000", true)]
    [InlineData("812345", true)]
    [InlineData("0123", false)]
    [InlineData("9123", false)]
    [InlineData("123", false)]
    [InlineData("1234567", false)]
    [InlineData("12a4", false)]
    [InlineData("1234\n", false)]
    [InlineData("１２３４", false)] // full-width digits
    public void Extension_is_4_to_6_digits_starting_1_to_8(string extension, bool valid) =>
        Assert.Equal(valid, AgentFields.IsExtensionNumber(extension));

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    [InlineData(-3, false)]
    public void Priority_is_1_to_5(long priority, bool valid) => Assert.Equal(valid, AgentFields.IsPriority(priority));

    [Theory]
    [InlineData(1, true)]
    [InlineData(3, true)]
    [InlineData(4, false)]
    [InlineData(0, false)]
    public void Only_the_three_built_in_roles_exist(long role, bool valid) => Assert.Equal(valid, AgentFields.IsRole(role));

    [Fact]
    public void Mail_key_ignores_case() =>
        Assert.Equal(AgentFields.MailKey("Agent.One@Example.COM"), AgentFields.MailKey("agent.one@example.com"));

    [Theory]
    [InlineData(null, "must not be empty")]
    [InlineData("   ", "must not be empty")]
    [InlineData("tab\there", "control characters")]
    public void Required_text_failures_name_the_field(string? value, string problem)
    {
        var error = Assert.Throws<CloudApiException>(() => AgentFields.RequireText(value, "Staffs.2.Name", 200));
        Assert.Equal(ErrorCodes.InvalidParameterValue, error.Code);
        Assert.StartsWith("Staffs.2.Name ", error.Message);
        Assert.Contains(problem, error.Message);
        Assert.StartsWith("Staffs.2.Name ", error.MessageZh);
    }

    [Fact]
    public void Text_longer_than_the_limit_is_refused()
    {
        Assert.Equal(new string('x', 200), AgentFields.RequireText(new string('x', 200), "Name", 200));
        var error = Assert.Throws<CloudApiException>(() => AgentFields.RequireText(new string('x', 201), "Name", 200));
        Assert.Contains("at most 200", error.Message);
    }

    [Fact]
    public void Bad_phone_message_shows_the_expected_form()
    {
        var error = Assert.Throws<CloudApiException>(() => AgentFields.RequirePhone("18011111111", "Phone"));
        Assert.Equal(ErrorCodes.InvalidParameterValue, error.Code);
        Assert.Contains("008618011111111", error.Message);
    }
}
