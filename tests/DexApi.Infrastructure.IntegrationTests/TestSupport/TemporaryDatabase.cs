using DexApi.Infrastructure.Persistence;
using DexApi.Infrastructure.Persistence.Dialects;
using DexApi.TestDatabases;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DexApi.Infrastructure.IntegrationTests.TestSupport;

/// <summary>
/// A real, migrated database of its own for each test: a SQLite file in a temporary folder, or, when the run
/// targets a server (<see cref="TestDatabaseServer"/>), a fresh database on it. Every repository test runs
/// unchanged on each.
/// </summary>
public sealed class TemporaryDatabase : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public TemporaryDatabase()
    {
        var options = new DatabaseOptions { DataDirectory = Path.Combine(_directory.Path, "data") };
        if (TestDatabaseServer.Provider is { } provider)
        {
            options.Provider = provider;
            options.ConnectionString = TestDatabaseServer.CreateDatabase();
        }

        Settings = Options.Create(options);
        (Dialect, Connections) = options.Provider switch
        {
            DatabaseProvider.Postgres => (new PostgresDialect(), new NpgsqlConnectionFactory(Settings)),
            DatabaseProvider.SqlServer => (new SqlServerDialect(), new SqlServerConnectionFactory(Settings)),
            _ => ((ISqlDialect)new SqliteDialect(), (ISqlConnectionFactory)new SqliteConnectionFactory(Settings)),
        };
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
        (Connections as IDisposable)?.Dispose();
        if (!IsSqlite)
        {
            TestDatabaseServer.DropDatabase(Settings.Value.ConnectionString!);
        }

        _directory.Dispose();
    }
}
