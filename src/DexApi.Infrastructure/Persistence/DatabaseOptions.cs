namespace DexApi.Infrastructure.Persistence;

/// <summary>Where the data lives, bound from the <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (the default), <c>Postgres</c> or <c>SqlServer</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Defaults, for SQLite, to a file in <see cref="DataDirectory"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The folder for the SQLite file and the generated master key.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Whether start-up applies pending migrations; off for operators who migrate separately.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>The configured connection string; only SQLite has a default.</summary>
    public string ResolveConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        return Provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(DataDirectory, "dexapi.db")}"
            : throw new InvalidOperationException($"Database:ConnectionString is required for {Provider}.");
    }
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}
