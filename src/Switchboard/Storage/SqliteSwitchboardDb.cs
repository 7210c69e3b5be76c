using Microsoft.EntityFrameworkCore;

namespace Switchboard.Storage;

/// <summary>The embedded default store: one SQLite file under the data folder.</summary>
public sealed class SqliteSwitchboardDb(DbContextOptions<SqliteSwitchboardDb> options) : SwitchboardDb(options);
