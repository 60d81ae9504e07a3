using System.Data.Common;

namespace DexApi.Infrastructure.Persistence.Dialects;

/// <summary>What differs between the database servers, so that repositories hold one set of SQL.</summary>
public interface ISqlDialect
{
    /// <summary>Appended to a query ordered by a key: returns at most <c>@Limit</c> rows.</summary>
    string LimitClause { get; }

    /// <summary>
    /// A condition that a column equals one of the values of a list parameter, such as <c>id IN @Ids</c>
    /// (Dapper expands the list into one parameter per value, except for PostgreSQL, which takes an array).
    /// </summary>
    string IsInList(string column, string listParameter);

    /// <summary>Folder of the numbered migration scripts under <c>Persistence/Migrations</c>.</summary>
    string MigrationsFolder { get; }

    /// <summary>
    /// Admits one writer at a time in this process where the database takes one writer at a time anyway
    /// (SQLite), so that writers queue here without holding a thread; null where the server arbitrates
    /// concurrent writes itself.
    /// </summary>
    SemaphoreSlim? WriteGate { get; }

    /// <summary>Starts a transaction that takes the write lock up front, so that it cannot fail half-way.</summary>
    Task<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>True when the exception is a violation of a primary key or unique index.</summary>
    bool IsUniqueViolation(DbException exception);

    /// <summary>
    /// True when the exception means the database cannot be reached or is not taking work right now (down,
    /// restarting, refusing connections, timing out), as opposed to a fault in the request.
    /// </summary>
    bool IsUnavailable(Exception exception);
}
