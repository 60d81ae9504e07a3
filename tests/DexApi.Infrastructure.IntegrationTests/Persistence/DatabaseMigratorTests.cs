using Dapper;
using DexApi.Infrastructure.IntegrationTests.TestSupport;
using DexApi.Infrastructure.Persistence;

namespace DexApi.Infrastructure.IntegrationTests.Persistence;

public sealed class DatabaseMigratorTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private async Task<List<string>> QueryAsync(string sql)
    {
        await using var connection = await _database.Connections.OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<string>(sql)).ToList();
    }

    [Fact]
    public async Task Migrate_CreatesTheSchema_WhenDatabaseIsNew()
    {
        // Act: the fixture has migrated a fresh database.
        var tables = await QueryAsync(_database.IsSqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema IN ('public', 'dbo')");

        // Assert
        Assert.Equal(
            ["clients", "data_protection_keys", "refresh_tokens", "schemaversions", "signing_keys", "users"],
            tables.Select(table => table.ToLowerInvariant()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Migrate_UsesAWalModeFile_WhenDatabaseIsSqlite()
    {
        if (!_database.IsSqlite)
        {
            return;
        }

        // Act
        var journalMode = await QueryAsync("PRAGMA journal_mode");

        // Assert
        Assert.Equal(["wal"], journalMode);
        Assert.True(File.Exists(Path.Combine(_database.Settings.Value.DataDirectory, "dexapi.db")));
    }

    [Fact]
    public async Task Migrate_ChangesNothing_WhenRunAgainOnAMigratedDatabase()
    {
        // Arrange
        var users = new UserRepository(_database.Sql);
        var user = new Domain.Users.User
        {
            Id = "5f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f",
            Email = "jane@example.com",
            CreatedAt = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero),
        };
        await users.AddAsync(user, CancellationToken.None);
        var scriptsBefore = await QueryAsync("SELECT scriptname FROM schemaversions ORDER BY scriptname");

        // Act
        _database.Migrate();
        _database.Migrate();

        // Assert
        var scriptsAfter = await QueryAsync("SELECT scriptname FROM schemaversions ORDER BY scriptname");
        Assert.Equal(scriptsBefore, scriptsAfter);
        Assert.Equal(
            [
                $"DexApi.Infrastructure.Persistence.Migrations.{_database.Dialect.MigrationsFolder}.0001_initial_schema.sql",
                $"DexApi.Infrastructure.Persistence.Migrations.{_database.Dialect.MigrationsFolder}.0002_refresh_tokens.sql",
                $"DexApi.Infrastructure.Persistence.Migrations.{_database.Dialect.MigrationsFolder}.0003_data_protection_keys.sql",
            ],
            scriptsAfter);
        Assert.Equal("jane@example.com", (await users.GetByIdAsync(user.Id, CancellationToken.None))?.Email);
    }
}
