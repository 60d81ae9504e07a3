using Npgsql;

namespace DexApi.TestDatabases;

/// <summary>
/// The PostgreSQL server the tests run against when <c>DEXAPI_TEST_POSTGRES</c> holds a connection string
/// to it (build/test.sh starts a throwaway one). Each caller gets a database of its own, dropped afterwards.
/// </summary>
public static class PostgresTestServer
{
    public const string Variable = "DEXAPI_TEST_POSTGRES";

    public static bool IsConfigured => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable));

    /// <summary>Creates an empty database and returns the connection string to it.</summary>
    public static string CreateDatabase()
    {
        var name = "dexapi_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }

    private static string AdminConnectionString
        => Environment.GetEnvironmentVariable(Variable)
            ?? throw new InvalidOperationException($"{Variable} is not set.");
}
