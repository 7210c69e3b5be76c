using Microsoft.Extensions.DependencyInjection;

namespace Switchboard.Testing;

/// <summary>
/// Builds the server's container after applying a test's registrations to the finished service collection, so
/// the test has the last word whatever the features add or remove.
/// </summary>
public sealed class LastRegistrations(Action<IServiceCollection> register) : IServiceProviderFactory<IServiceCollection>
{
    public IServiceCollection CreateBuilder(IServiceCollection services)
    {
        register(services);
        return services;
    }

    public IServiceProvider CreateServiceProvider(IServiceCollection containerBuilder) => containerBuilder.BuildServiceProvider();
}
