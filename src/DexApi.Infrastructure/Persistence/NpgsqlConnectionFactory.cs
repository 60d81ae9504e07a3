using System.Data.Common;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DexApi.Infrastructure.Persistence;

/// <summary>Connections from one pooled Npgsql data source for the whole process.</summary>
public sealed class NpgsqlConnectionFactory(IOptions<DatabaseOptions> options) : ISqlConnectionFactory, IDisposable
{
    private readonly Lazy<NpgsqlDataSource> _dataSource = new(() => NpgsqlDataSource.Create(options.Value.ResolveConnectionString()));

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
        => await _dataSource.Value.OpenConnectionAsync(cancellationToken);

    public void Dispose()
    {
        if (_dataSource.IsValueCreated)
        {
            _dataSource.Value.Dispose();
        }
    }
}
