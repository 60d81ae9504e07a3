using System.Data.Common;

namespace DexApi.Infrastructure.Persistence;

/// <summary>Opens a connection per call; pooling makes that cheap.</summary>
public interface ISqlConnectionFactory
{
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);
}
