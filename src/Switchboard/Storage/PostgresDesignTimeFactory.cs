using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Switchboard.Storage;

/// <summary>
/// Lets <c>dotnet ef</c> build the PostgreSQL model without starting the server. Adding a migration
/// never connects, so the connection string only has to parse.
/// </summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSwitchboardDb>
{
    public PostgresSwitchboardDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSwitchboardDb>().UseNpgsql("Host=localhost;Database=switchboard").Options);
}
