using System.Data.Common;

namespace DexApi.Infrastructure.Persistence.Dialects;

/// <summary>What differs between the database servers, so that repositories hold one set of SQL.</summary>
public interface ISqlDialect
{
    /// <summary>Appended to a query ordered by a key: returns at most <c>@Limit</c> rows.</summary>
    string LimitClause { get; }

    /// <summary>Folder of the numbered migration scripts under <c>Persistence/Migrations</c>.</summary>
    string MigrationsFolder { get; }

    /// <summary>Starts a transaction that takes the write lock up front, so that it cannot fail half-way.</summary>
    Task<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>True when the exception is a violation of a primary key or unique index.</summary>
    bool IsUniqueViolation(DbException exception);
}
