using Switchboard.Tenancy;

namespace Switchboard.Tests.Tenancy;

public sealed class AdminUserNameTests
{
    [Theory]
    [InlineData("admin@localhost", "admin@localhost")]
    [InlineData("Boss@Example.COM", "boss@example.com")]
    [InlineData("  ops@example.com ", "ops@example.com")]
    public void Logins_are_stored_trimmed_and_lower_case(string given, string stored)
    {
        Assert.Equal(stored, AdminAccountStore.NormalizeUserName(given));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("no-at-sign")]
    [InlineData("two@@example.com")]
    [InlineData("Display Name <a@example.com>")]
    [InlineData("a@example.com, b@example.com")]
    public void Anything_but_a_plain_address_is_refused_with_a_clear_message(string given)
    {
        var error = Assert.Throws<TenancyException>(() => AdminAccountStore.NormalizeUserName(given));
        Assert.Contains("not an e-mail address", error.Message);
    }
}
