using System.Data.Common;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DexApi.Infrastructure.Persistence;

/// <summary>Connections from one pooled Npgsql data source for the whole process.</summary>
public sealed class NpgsqlConnectionFactory(IOptions<DatabaseOptions> options) : ISqlConnectionFactory, IDisposable
{
    /// <summary>
    /// How many statements each physical connection keeps prepared on the server. Every statement the
    /// repositories send fits, so the hot ones are parsed and planned once per connection, not per request.
    /// </summary>
    public const int DefaultMaxAutoPrepare = 64;

    private readonly Lazy<NpgsqlDataSource> _dataSource =
        new(() => NpgsqlDataSource.Create(WithServiceDefaults(options.Value.ResolveConnectionString())));

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
        => await _dataSource.Value.OpenConnectionAsync(cancellationToken);

    /// <summary>
    /// Fills in what an operator's connection string leaves out: automatic preparation, and no session reset
    /// when a connection goes back to the pool. The reset (DISCARD ALL) would throw away the prepared
    /// statements each time; the service sets no session state that a reset would need to clear. A value
    /// the operator did set is kept.
    /// </summary>
    public static string WithServiceDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!Contains(given, "Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = DefaultMaxAutoPrepare;
        }

        if (!Contains(given, "No Reset On Close"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    private static bool Contains(DbConnectionStringBuilder given, string keyword)
        => given.ContainsKey(keyword) || given.ContainsKey(keyword.Replace(" ", "", StringComparison.Ordinal));

    public void Dispose()
    {
        if (_dataSource.IsValueCreated)
        {
            _dataSource.Value.Dispose();
        }
    }
}
