using System.Globalization;
using DexApi.Api.FunctionalTests.Infrastructure;

namespace DexApi.Api.FunctionalTests.Clients;

/// <summary>Reads the service's database directly, to check what was (and was not) stored.</summary>
public static class DatabaseRows
{
    public static async Task<long> CountAsync(DexApiFactory factory, string table)
    {
        await using var connection = await factory.OpenDatabaseAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>Every row of <paramref name="table"/>, each column rendered as text (NULL as an empty string).</summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> ReadAllAsync(
        DexApiFactory factory,
        string table,
        string where = "1 = 1",
        params (string Name, object Value)[] parameters)
    {
        await using var connection = await factory.OpenDatabaseAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table} WHERE {where}";
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        var rows = new List<IReadOnlyDictionary<string, string>>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                // Booleans as SQLite stores them, so that checks read alike on every provider.
                row[reader.GetName(i)] = reader.IsDBNull(i) ? ""
                    : reader.GetValue(i) is bool flag ? (flag ? "1" : "0")
                    : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)!;
            }

            rows.Add(row);
        }

        return rows;
    }
}
