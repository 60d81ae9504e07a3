using System.Globalization;
using DexApi.Api.FunctionalTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DexApi.Api.FunctionalTests.Clients;

/// <summary>Reads the service's SQLite file directly, to check what was (and was not) stored.</summary>
public static class DatabaseRows
{
    public static async Task<long> CountAsync(DexApiFactory factory, string table)
    {
        await using var connection = await OpenAsync(factory);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Every row of <paramref name="table"/>, each column rendered as text (NULL as an empty string).</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> ReadAllAsync(
        DexApiFactory factory,
        string table,
        string where = "1 = 1",
        params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync(factory);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table} WHERE {where}";
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var rows = new List<IReadOnlyDictionary<string, string>>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i)
                    ? ""
                    : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;
            }

            rows.Add(row);
        }

        return rows;
    }

    private static async Task<SqliteConnection> OpenAsync(DexApiFactory factory)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(factory.DataDirectory, "dexapi.db"),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        };
        var connection = new SqliteConnection(builder.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
