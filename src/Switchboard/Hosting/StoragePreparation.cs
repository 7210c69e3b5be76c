using Switchboard.Storage;

namespace Switchboard.Hosting;

/// <summary>
/// Migrates and seeds the store in the host's "starting" phase, which runs before any hosted service
/// (Kestrel included) starts, so no request ever meets an unmigrated database.
/// </summary>
internal sealed class StoragePreparation(IServiceProvider services) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => services.PrepareStorageAsync(cancellationToken);
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
