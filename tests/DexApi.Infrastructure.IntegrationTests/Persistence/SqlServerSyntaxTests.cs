using System.Reflection;
using System.Text.RegularExpressions;
using DexApi.Infrastructure.Persistence;
using DexApi.Infrastructure.Persistence.Dialects;
using DexApi.Infrastructure.Tokens;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DexApi.Infrastructure.IntegrationTests.Persistence;

/// <summary>
/// No SQL Server runs here, so every T-SQL statement is at least put through SQL Server's own parser: the
/// migration scripts, and each statement the repositories send, completed as the SQL Server dialect does.
/// </summary>
public sealed partial class SqlServerSyntaxTests
{
    private static readonly SqlServerDialect s_dialect = new();

    public static TheoryData<string> MigrationScripts()
    {
        var data = new TheoryData<string>();
        foreach (var name in typeof(DatabaseMigrator).Assembly.GetManifestResourceNames()
            .Where(name => name.Contains(".Migrations.SqlServer.", StringComparison.Ordinal)))
        {
            data.Add(name);
        }

        return data;
    }

    public static TheoryData<string, string> RepositoryStatements()
    {
        var data = new TheoryData<string, string>();
        Type[] repositories = [typeof(UserRepository), typeof(ClientRepository), typeof(CallerRepository), typeof(RefreshTokenRepository), typeof(SigningKeyRepository)];
        foreach (var repository in repositories)
        {
            foreach (var field in repository.GetFields(BindingFlags.NonPublic | BindingFlags.Static)
                .Where(field => field.IsLiteral && field.FieldType == typeof(string)))
            {
                var statement = AsSentToSqlServer(field.Name, (string)field.GetRawConstantValue()!);
                if (statement is not null)
                {
                    data.Add($"{repository.Name}.{field.Name}", statement);
                }
            }
        }

        data.Add("DatabaseHealthCheck", "SELECT 1");
        return data;
    }

    [Fact]
    public void MigrationScripts_AreFound()
        => Assert.True(MigrationScripts().Count >= 2, "no SQL Server migration scripts are embedded");

    [Theory]
    [MemberData(nameof(MigrationScripts))]
    public void MigrationScript_ParsesAsTSql(string resourceName)
    {
        // Arrange
        using var stream = typeof(DatabaseMigrator).Assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);

        // Act
        var errors = Parse(reader.ReadToEnd());

        // Assert
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(RepositoryStatements))]
    public void RepositoryStatement_ParsesAsTSql(string name, string statement)
    {
        // Act
        var errors = Parse(statement);

        // Assert
        Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors)}\n{statement}");
    }

    [Fact]
    public void Parser_ReportsErrors_WhenStatementIsNotTSql()
        => Assert.NotEmpty(Parse("SELECT id FROM users ORDER BY id LIMIT @Limit"));

    private static List<string> Parse(string script)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);
        return errors.Select(error => $"line {error.Line}: {error.Message}").ToList();
    }

    /// <summary>
    /// The statement as the repository completes it on SQL Server, or null for a fragment (a column list).
    /// Paging queries end in "ORDER BY key " and get the dialect's limit; a prefix for a list lookup gets
    /// the dialect's list condition, which Dapper then expands into one parameter per value.
    /// </summary>
    private static string? AsSentToSqlServer(string fieldName, string sql)
    {
        if (fieldName.EndsWith("Prefix", StringComparison.Ordinal))
        {
            sql += s_dialect.IsInList("id", "@Ids") + " ORDER BY id";
        }
        else if (OrderByAtEnd().IsMatch(sql))
        {
            sql += s_dialect.LimitClause;
        }

        return Statement().IsMatch(sql) ? DapperListExpansion().Replace(sql, "IN (@Ids1, @Ids2)") : null;
    }

    [GeneratedRegex(@"ORDER BY [a-z_]+ $")]
    private static partial Regex OrderByAtEnd();

    [GeneratedRegex(@"^\s*(SELECT|INSERT|UPDATE|DELETE)\b")]
    private static partial Regex Statement();

    [GeneratedRegex(@"IN @Ids\b")]
    private static partial Regex DapperListExpansion();
}
