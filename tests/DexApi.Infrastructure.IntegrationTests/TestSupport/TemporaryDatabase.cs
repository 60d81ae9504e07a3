using DexApi.Infrastructure.Persistence;
using DexApi.Infrastructure.Persistence.Dialects;
using DexApi.TestDatabases;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DexApi.Infrastructure.IntegrationTests.TestSupport;

/// <summary>
/// A real, migrated database of its own for each test: a SQLite file in a temporary folder, or, when
/// <c>DEXAPI_TEST_POSTGRES</c> is set, a fresh database on that PostgreSQL server. Every repository test
/// runs unchanged on either.
/// </summary>
public sealed class TemporaryDatabase : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly NpgsqlConnectionFactory? _postgresConnections;

    public TemporaryDatabase()
    {
        var options = new DatabaseOptions { DataDirectory = Path.Combine(_directory.Path, "data") };
        if (PostgresTestServer.IsConfigured)
        {
            options.Provider = DatabaseProvider.Postgres;
            options.ConnectionString = PostgresTestServer.CreateDatabase();
        }

        Settings = Options.Create(options);
        (Dialect, Connections) = options.Provider == DatabaseProvider.Postgres
            ? (new PostgresDialect(), _postgresConnections = new NpgsqlConnectionFactory(Settings))
            : ((ISqlDialect)new SqliteDialect(), (ISqlConnectionFactory)new SqliteConnectionFactory(Settings));
        Sql = new SqlRunner(Connections, Dialect);
        Migrate();
    }

    public IOptions<DatabaseOptions> Settings { get; }

    public ISqlDialect Dialect { get; }

    public ISqlConnectionFactory Connections { get; }

    public SqlRunner Sql { get; }

    public bool IsSqlite => Settings.Value.Provider == DatabaseProvider.Sqlite;

    public void Migrate()
        => new DatabaseMigrator(Settings, Dialect, NullLogger<DatabaseMigrator>.Instance).Migrate();

    public void Dispose()
    {
        _postgresConnections?.Dispose();
        if (!IsSqlite)
        {
            PostgresTestServer.DropDatabase(Settings.Value.ConnectionString!);
        }

        _directory.Dispose();
    }
}
