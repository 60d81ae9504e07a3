using Dapper;
using DbUp;
using DexApi.Infrastructure.Persistence.Dialects;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DexApi.Infrastructure.Persistence;

/// <summary>Applies the numbered scripts of <c>Persistence/Migrations/&lt;provider&gt;</c> that have not run yet.</summary>
public sealed partial class DatabaseMigrator(
    IOptions<DatabaseOptions> options,
    ISqlDialect dialect,
    ILogger<DatabaseMigrator> logger)
{
    public void Migrate()
    {
        var settings = options.Value;
        var connectionString = settings.ResolveConnectionString();
        PrepareSqliteFile(connectionString);
        var scriptsPrefix = $"{typeof(DatabaseMigrator).Namespace}.Migrations.{dialect.MigrationsFolder}.";
        var upgrade = DeployChanges.To
            .SqliteDatabase(connectionString)
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
