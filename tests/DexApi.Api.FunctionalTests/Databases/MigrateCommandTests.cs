using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;

namespace DexApi.Api.FunctionalTests.Databases;

/// <summary><c>dotnet DexApi.Api.dll migrate</c> applies the schema and exits, without serving.</summary>
public sealed class MigrateCommandTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "dexapi-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task Migrate_AppliesEverySchemaScriptAndExits_WhenRunAsACommand()
    {
        // Arrange
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(ServiceProcess.ServiceAssembly());
        start.ArgumentList.Add("migrate");
        start.ArgumentList.Add($"--Database:DataDirectory={_dataDirectory}");

        // Act
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);

        // Assert
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("0001_initial_schema.sql", output);
        Assert.Contains("0002_refresh_tokens.sql", output);
        Assert.Contains("0003_data_protection_keys.sql", output);
        Assert.DoesNotContain("Now listening", output);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_dataDirectory, "dexapi.db")}");
        var tables = await connection.QueryAsync<string>(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name");
        Assert.Equal(["SchemaVersions", "clients", "data_protection_keys", "refresh_tokens", "signing_keys", "users"], tables);
        var users = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM users");
        Assert.Equal(0, users);
    }
}
