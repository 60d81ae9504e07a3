using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace DexApi.Infrastructure.Persistence;

// Limitation: Microsoft.Data.Sqlite keeps a prepared statement only as long as its command, and Dapper makes a
// new command for every call, so SQLite parses and plans each statement on every request: most of the sixth of
// the admin read path's CPU time that SQLite takes (docs/performance.md).
public sealed class SqliteConnectionFactory(IOptions<DatabaseOptions> options) : ISqlConnectionFactory
{
    private readonly string _connectionString = options.Value.ResolveConnectionString();

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
