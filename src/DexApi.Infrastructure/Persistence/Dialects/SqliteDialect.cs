using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace DexApi.Infrastructure.Persistence.Dialects;

public sealed class SqliteDialect : ISqlDialect
{
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqliteConstraintUnique = 2067;

    public string LimitClause => "LIMIT @Limit";

    public string MigrationsFolder => "Sqlite";

    public bool IsUniqueViolation(DbException exception)
        => exception is SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey };
}
