using System.Data.Common;
using DexApi.Application;
using DexApi.Application.Common.Exceptions;
using DexApi.Infrastructure.Persistence.Dialects;

namespace DexApi.Infrastructure.Persistence;

/// <summary>
/// Runs repository work on a fresh connection and turns "the database cannot be reached" into the
/// application's <see cref="ServiceUnavailableException"/>, so that no provider exception leaves Infrastructure
/// and callers get a 503 they can retry instead of a 500.
/// </summary>
public sealed class SqlRunner(ISqlConnectionFactory connections, ISqlDialect dialect)
{
    public ISqlDialect Dialect => dialect;

    public async Task<T> RunAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await connections.OpenAsync(cancellationToken);
            return await work(connection);
        }
        catch (Exception exception) when (exception is not DexApiException && dialect.IsUnavailable(exception))
        {
            throw new ServiceUnavailableException(
                ErrorCodes.TemporarilyUnavailable,
                ErrorDescriptions.DatabaseUnavailable,
                exception);
        }
    }

    public Task RunAsync(Func<DbConnection, Task> work, CancellationToken cancellationToken)
        => RunAsync(async connection =>
        {
            await work(connection);
            return true;
        }, cancellationToken);

    /// <summary>Runs work that writes, once the dialect's <see cref="ISqlDialect.WriteGate"/> admits it.</summary>
    public async Task<T> WriteAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        if (dialect.WriteGate is not { } gate)
        {
            return await RunAsync(work, cancellationToken);
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            return await RunAsync(work, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public Task WriteAsync(Func<DbConnection, Task> work, CancellationToken cancellationToken)
        => WriteAsync(async connection =>
        {
            await work(connection);
            return true;
        }, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in a write transaction; it commits when the work returns true.</summary>
    public Task<bool> InTransactionAsync(
        Func<DbConnection, DbTransaction, Task<bool>> work,
        CancellationToken cancellationToken)
        => WriteAsync(async connection =>
        {
            await using var transaction = await dialect.BeginWriteTransactionAsync(connection, cancellationToken);
            if (!await work(connection, transaction))
            {
                await transaction.RollbackAsync(cancellationToken);
                return false;
            }

            await transaction.CommitAsync(cancellationToken);
            return true;
        }, cancellationToken);
}
