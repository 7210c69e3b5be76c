using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Switchboard.Storage;

namespace Switchboard.Staff;

/// <summary>
/// A read-only transaction, so the several statements of one Describe… page (rows, their memberships, the
/// total) all see the same state of the database and a concurrent write never shows half-applied.
/// </summary>
/// <remarks>
/// SQLite gets a deferred transaction: EF's default (<c>BEGIN IMMEDIATE</c>) would take the write lock and
/// stall every writer while a page is read; in WAL mode a deferred read sees one snapshot from its first
/// statement on. PostgreSQL gets REPEATABLE READ, whose snapshot is likewise taken at the first statement.
/// </remarks>
internal sealed class ReadSnapshot : IAsyncDisposable
{
    private readonly SwitchboardDb _db;
    private readonly DbTransaction _transaction;

    private ReadSnapshot(SwitchboardDb db, DbTransaction transaction) => (_db, _transaction) = (db, transaction);

    public static async Task<ReadSnapshot> BeginAsync(SwitchboardDb db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var transaction = connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        return new ReadSnapshot(db, transaction);
    }

    public async ValueTask DisposeAsync()
    {
        await _db.Database.UseTransactionAsync(null);
        // Nothing was written, so ending it by rollback is as good as a commit.
        await _transaction.DisposeAsync();
        await _db.Database.CloseConnectionAsync();
    }
}
