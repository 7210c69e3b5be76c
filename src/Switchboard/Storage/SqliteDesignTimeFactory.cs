using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Switchboard.Storage;

/// <summary>Lets <c>dotnet ef</c> build the SQLite model without starting the server.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSwitchboardDb>
{
    public SqliteSwitchboardDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSwitchboardDb>().UseSqlite("Data Source=design-time.db").Options);
}
