using Microsoft.EntityFrameworkCore;

namespace Switchboard.Storage;

/// <summary>The clustered store: PostgreSQL, selected by a connection string.</summary>
public sealed class PostgresSwitchboardDb(DbContextOptions<PostgresSwitchboardDb> options) : SwitchboardDb(options);
