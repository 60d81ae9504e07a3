using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace DexApi.Infrastructure.Persistence.Dialects;

public sealed class SqlServerDialect : ISqlDialect
{
    private static readonly HashSet<int> s_uniqueViolations = [2601, 2627];

    // Timeout (-2), network and login-path errors (53, 40, 233, 10053, 10054, 10060, 11001), database not
    // available or starting (4060, 40613, 40197, 40501, 49918-49920).
    private static readonly HashSet<int> s_unavailable =
        [-2, 40, 53, 233, 4060, 10053, 10054, 10060, 11001, 40197, 40501, 40613, 49918, 49919, 49920];

    public SemaphoreSlim? WriteGate => null;

    public string LimitClause => "OFFSET 0 ROWS FETCH NEXT @Limit ROWS ONLY";

    public string IsInList(string column, string listParameter) => $"{column} IN {listParameter}";

    public string MigrationsFolder => "SqlServer";

    public async Task<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
        => await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);

    public bool IsUniqueViolation(DbException exception)
        => exception is SqlException sql && s_uniqueViolations.Contains(sql.Number);

    public bool IsUnavailable(Exception exception)
        => exception is SqlException sql && (sql.IsTransient || s_unavailable.Contains(sql.Number));
}
