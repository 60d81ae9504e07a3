using System.Data;
using System.Data.Common;
using System.Net.Sockets;
using Npgsql;

namespace DexApi.Infrastructure.Persistence.Dialects;

public sealed class PostgresDialect : ISqlDialect
{
    private const string UniqueViolation = "23505";

    public SemaphoreSlim? WriteGate => null;

    public string LimitClause => "LIMIT @Limit";

    public string IsInList(string column, string listParameter) => $"{column} = ANY({listParameter})";

    public string MigrationsFolder => "Postgres";

    // Note: every multi-statement write here is a conditional UPDATE followed by an INSERT; READ COMMITTED
    // re-checks the UPDATE's condition on the latest row version, which is all the consistency they need.
    public async Task<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
        => await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);

    public bool IsUniqueViolation(DbException exception)
        => exception is PostgresException { SqlState: UniqueViolation };

    public bool IsUnavailable(Exception exception) => exception switch
    {
        // Class 08: connection exceptions; 57P0x: the server is shutting down or starting; 53300: no slots.
        PostgresException postgres => postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
            || postgres.SqlState.StartsWith("57P0", StringComparison.Ordinal)
            || postgres.SqlState == "53300",
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException,
        SocketException or TimeoutException => true,
        _ => false,
    };
}
