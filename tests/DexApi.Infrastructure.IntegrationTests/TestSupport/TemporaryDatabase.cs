using DexApi.Infrastructure.Persistence;
using DexApi.Infrastructure.Persistence.Dialects;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DexApi.Infrastructure.IntegrationTests.TestSupport;

/// <summary>
/// A real SQLite file in a temporary data folder, migrated to the current schema. Each test makes its own,
/// so tests never see each other's rows.
/// </summary>
public sealed class TemporaryDatabase : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public TemporaryDatabase()
    {
        Settings = Options.Create(new DatabaseOptions { DataDirectory = Path.Combine(_directory.Path, "data") });
        Connections = new SqliteConnectionFactory(Settings);
        Migrate();
    }

    public IOptions<DatabaseOptions> Settings { get; }

    public SqliteDialect Dialect { get; } = new();

    public ISqlConnectionFactory Connections { get; }

    public void Migrate()
        => new DatabaseMigrator(Settings, Dialect, NullLogger<DatabaseMigrator>.Instance).Migrate();

    public void Dispose() => _directory.Dispose();
}
