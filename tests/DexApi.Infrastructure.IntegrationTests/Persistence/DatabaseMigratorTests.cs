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
    public async Task Migrate_CreatesTheSchemaInAWalModeFile_WhenDatabaseIsNew()
    {
        // Act: the fixture has migrated a fresh file.
        var tables = await QueryAsync(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name");
        var journalMode = await QueryAsync("PRAGMA journal_mode");

        // Assert
        Assert.Equal(["SchemaVersions", "clients", "refresh_tokens", "signing_keys", "users"], tables);
        Assert.Equal(["wal"], journalMode);
        Assert.True(File.Exists(Path.Combine(_database.Settings.Value.DataDirectory, "dexapi.db")));
    }

    [Fact]
    public async Task Migrate_ChangesNothing_WhenRunAgainOnAMigratedDatabase()
    {
        // Arrange
        var users = new UserRepository(_database.Connections, _database.Dialect);
        var user = new Domain.Users.User
        {
            Id = "5f0c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f",
            Email = "jane@example.com",
            CreatedAt = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero),
        };
        await users.AddAsync(user, CancellationToken.None);
        var scriptsBefore = await QueryAsync("SELECT ScriptName FROM SchemaVersions ORDER BY ScriptName");

        // Act
        _database.Migrate();
        _database.Migrate();

        // Assert
        var scriptsAfter = await QueryAsync("SELECT ScriptName FROM SchemaVersions ORDER BY ScriptName");
        Assert.Equal(scriptsBefore, scriptsAfter);
        Assert.Equal(
            [
                "DexApi.Infrastructure.Persistence.Migrations.Sqlite.0001_initial_schema.sql",
                "DexApi.Infrastructure.Persistence.Migrations.Sqlite.0002_refresh_tokens.sql",
            ],
            scriptsAfter);
        Assert.Equal("jane@example.com", (await users.GetByIdAsync(user.Id, CancellationToken.None))?.Email);
    }
}
