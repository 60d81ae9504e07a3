using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace DexApi.Infrastructure.Persistence.Dialects;

public sealed class SqliteDialect : ISqlDialect
{
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteIoError = 10;
    private const int SqliteCantOpen = 14;

    // A writer that finds the database locked is retried by Microsoft.Data.Sqlite after a sleep on the
    // request's thread, so under concurrent writes requests waited far longer than the writes took (p99
    // near a second). Queued here, each writer starts as soon as the previous one commits. A second process
    // on the same file still meets the lock, and the retry, as before.
    public SemaphoreSlim? WriteGate { get; } = new(1, 1);

    public string LimitClause => "LIMIT @Limit";

    public string IsInList(string column, string listParameter) => $"{column} IN {listParameter}";

    public string MigrationsFolder => "Sqlite";

    // Note: SQLite's default deferred transaction takes the write lock at its first write, and two such
    // transactions that both read first can deadlock; IMMEDIATE takes the lock at the start instead.
    public Task<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
        => Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public bool IsUniqueViolation(DbException exception)
        => exception is SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey };

    public bool IsUnavailable(Exception exception)
        => exception is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked or SqliteIoError or SqliteCantOpen };
}
