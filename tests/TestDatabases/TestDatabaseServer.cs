using System.Data.Common;
using DexApi.Infrastructure.Persistence;
using Microsoft.Data.SqlClient;
using Npgsql;

namespace DexApi.TestDatabases;

/// <summary>
/// The database server a test run targets, if any: PostgreSQL when <c>DEXAPI_TEST_POSTGRES</c> is set, SQL
/// Server when <c>DEXAPI_TEST_SQLSERVER</c> is; otherwise none, and the tests use SQLite files. build/test.sh
/// sets one of them per pass.
/// </summary>
public static class TestDatabaseServer
{
    public const string SqlServerVariable = "DEXAPI_TEST_SQLSERVER";

    public static DatabaseProvider? Provider
        => PostgresTestServer.IsConfigured ? DatabaseProvider.Postgres
            : !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(SqlServerVariable)) ? DatabaseProvider.SqlServer
            : null;

    /// <summary>Creates an empty database on the server and returns the connection string to it.</summary>
    public static string CreateDatabase() => Provider switch
    {
        DatabaseProvider.Postgres => PostgresTestServer.CreateDatabase(),
        DatabaseProvider.SqlServer => CreateSqlServerDatabase(),
        _ => throw new InvalidOperationException("No test database server is configured."),
    };

    public static void DropDatabase(string connectionString)
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            PostgresTestServer.DropDatabase(connectionString);
            return;
        }

        var name = new SqlConnectionStringBuilder(connectionString).InitialCatalog;
        SqlConnection.ClearAllPools();
        ExecuteOnSqlServer($"ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}]");
    }

    public static DbConnection Connect(string connectionString)
        => Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(connectionString)
            : new SqlConnection(connectionString);

    private static string CreateSqlServerDatabase()
    {
        var name = "dexapi_" + Guid.NewGuid().ToString("N");
        ExecuteOnSqlServer($"CREATE DATABASE [{name}]");
        return new SqlConnectionStringBuilder(Environment.GetEnvironmentVariable(SqlServerVariable)) { InitialCatalog = name }
            .ConnectionString;
    }

    private static void ExecuteOnSqlServer(string sql)
    {
        using var connection = new SqlConnection(Environment.GetEnvironmentVariable(SqlServerVariable));
        connection.Open();
        using var command = new SqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
