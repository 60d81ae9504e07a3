using Dapper;
using DbUp;
using DbUp.Builder;
using DexApi.Infrastructure.Persistence.Dialects;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DexApi.Infrastructure.Persistence;

/// <summary>Applies the numbered scripts of <c>Persistence/Migrations/&lt;provider&gt;</c> that have not run yet.</summary>
public sealed partial class DatabaseMigrator(
    IOptions<DatabaseOptions> options,
    ISqlDialect dialect,
    ILogger<DatabaseMigrator> logger)
{
    // Any fixed number: nodes that start together take turns migrating instead of racing.
    private const long PostgresMigrationLock = 0x0DE8_A900;

    public void Migrate()
    {
        var settings = options.Value;
        var connectionString = settings.ResolveConnectionString();
        using var migrationLock = settings.Provider == DatabaseProvider.Postgres
            ? PostgresAdvisoryLock(connectionString)
            : null;
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            PrepareSqliteFile(connectionString);
        }

        var scriptsPrefix = $"{typeof(DatabaseMigrator).Namespace}.Migrations.{dialect.MigrationsFolder}.";
        var upgrade = Target(settings.Provider, connectionString)
            .WithScriptsEmbeddedInAssembly(
                typeof(DatabaseMigrator).Assembly,
                name => name.StartsWith(scriptsPrefix, StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();

        if (!upgrade.Successful)
        {
            throw new InvalidOperationException($"Migration {upgrade.ErrorScript?.Name} failed.", upgrade.Error);
        }

        foreach (var script in upgrade.Scripts)
        {
            LogScriptApplied(logger, script.Name);
        }
    }

    private static UpgradeEngineBuilder Target(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.Postgres => DeployChanges.To.PostgresqlDatabase(connectionString),
        DatabaseProvider.SqlServer => DeployChanges.To.SqlDatabase(connectionString),
        _ => DeployChanges.To.SqliteDatabase(connectionString),
    };

    private static NpgsqlConnection PostgresAdvisoryLock(string connectionString)
    {
        // Held for as long as the session lasts. The connection is not pooled, so that disposing it ends the
        // session and releases the lock (a pooled connection would keep the session, and the lock, alive).
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
        var connection = new NpgsqlConnection(unpooled);
        connection.Open();
        connection.Execute("SELECT pg_advisory_lock(@Key)", new { Key = PostgresMigrationLock });
        return connection;
    }

    private static void PrepareSqliteFile(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        // Write-ahead logging lets readers go on while a writer commits; the setting lives in the file.
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        connection.Execute("PRAGMA journal_mode = WAL;");
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Applied database migration {ScriptName}")]
    private static partial void LogScriptApplied(ILogger logger, string scriptName);
}
