using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Switchboard.Staff;

/// <summary>
/// One <typeparamref name="TQueries"/> (a class whose fields are EF compiled queries) per EF model. A compiled
/// query binds to the model it first runs with, and one process can hold several models: a SQLite and a
/// PostgreSQL context side by side, as the integration tests run them.
/// </summary>
internal static class CompiledQueriesPerModel<TQueries> where TQueries : class, new()
{
    private static readonly ConditionalWeakTable<IModel, TQueries> Sets = new();

    public static TQueries For(DbContext db) => Sets.GetOrCreateValue(db.Model);
}
