namespace Switchboard.BrowserTests.Infrastructure;

/// <summary>Browser test classes share one server, page host and Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
