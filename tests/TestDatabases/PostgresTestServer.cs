using Npgsql;

namespace DexApi.TestDatabases;

/// <summary>
/// The PostgreSQL server the tests run against when <c>DEXAPI_TEST_POSTGRES</c> holds a connection string
/// to it (build/test.sh starts a throwaway one). Each caller gets a database of its own, dropped afterwards.
/// </summary>
public static class PostgresTestServer
{
    public const string Variable = "DEXAPI_TEST_POSTGRES";

    /// <summary>The folder of the throwaway cluster, for tests that stop and start the server.</summary>
    public const string ClusterVariable = "DEXAPI_TEST_POSTGRES_CLUSTER";

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

    /// <summary>Stops the server, keeping its data, as an outage would (needs the cluster build/test.sh started).</summary>
    public static void PauseServer() => RunClusterScript("pause");

    /// <summary>Starts the server again after <see cref="PauseServer"/>, on the same port.</summary>
    public static void ResumeServer() => RunClusterScript("resume");

    /// <summary>The repository's root folder, found upwards from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "DexApi.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("DexApi.sln not found above the test binaries.");
    }

    private static void RunClusterScript(string command)
    {
        var cluster = Environment.GetEnvironmentVariable(ClusterVariable)
            ?? throw new InvalidOperationException($"{ClusterVariable} is not set: the cluster was not started by build/test.sh.");
        using var process = System.Diagnostics.Process.Start(
            "bash",
            [Path.Combine(RepositoryRoot(), "build", "postgres.sh"), command, cluster]);
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"build/postgres.sh {command} failed with exit code {process.ExitCode}.");
        }
    }

    private static string AdminConnectionString
        => Environment.GetEnvironmentVariable(Variable)
            ?? throw new InvalidOperationException($"{Variable} is not set.");
}
