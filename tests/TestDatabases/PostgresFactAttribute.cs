namespace DexApi.TestDatabases;

/// <summary>A fact that needs the PostgreSQL server of a PostgreSQL run; skipped, and says so, otherwise.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresTestServer.IsConfigured)
        {
            Skip = $"needs PostgreSQL: set {PostgresTestServer.Variable} (build/test.sh does)";
        }
    }
}
