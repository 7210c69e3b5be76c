using Switchboard.IntegrationTests.Infrastructure;

namespace Switchboard.IntegrationTests.Tenancy;

/// <summary>One store for a whole test class, created with a first owner through the CLI.</summary>
public sealed class SharedStoreFixture : IAsyncLifetime
{
    private TestStore? _store;

    public TestStore Store => _store ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>Id of the owner created first, which commands use when <c>--owner</c> is left out.</summary>
    public string FirstOwnerId { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        _store = await TestStore.CreateAsync();
        var created = await CliRun.SucceedAsync(_store, "owners", "create", "--name", "First owner");
        FirstOwnerId = created.Rows[0][0];
    }

    public async ValueTask DisposeAsync()
    {
        if (_store is not null) await _store.DisposeAsync();
    }
}
