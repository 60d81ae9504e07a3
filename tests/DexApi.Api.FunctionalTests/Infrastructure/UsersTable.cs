using Dapper;

namespace DexApi.Api.FunctionalTests.Infrastructure;

/// <summary>
/// Reads (and, to set up a state the API cannot reach, edits) the users table straight from the service's
/// SQLite file, so that tests check what was stored rather than what the API says was stored.
/// </summary>
public static class UsersTable
{
    private const string SelectAll = """
        SELECT id AS Id, email AS Email, display_name AS DisplayName,
               CAST(email_verified AS INT) AS EmailVerified, CAST(admin AS INT) AS Admin,
               CAST(disabled AS INT) AS Disabled,
               created_at AS CreatedAt, password_hash AS PasswordHash, password_version AS PasswordVersion
        FROM users
        """;

    /// <summary>Every row, ordered by id, so that two reads of an unchanged table compare equal.</summary>
    public static async Task<IReadOnlyList<UserRow>> ReadAllAsync(DexApiFactory factory)
    {
        await using var connection = await factory.OpenDatabaseAsync();
        return (await connection.QueryAsync<UserRow>(SelectAll + " ORDER BY id")).ToList();
    }

    public static async Task<UserRow?> FindByEmailAsync(DexApiFactory factory, string email)
    {
        await using var connection = await factory.OpenDatabaseAsync();
        return await connection.QuerySingleOrDefaultAsync<UserRow>(SelectAll + " WHERE email = @Email", new { Email = email });
    }

    public static async Task<UserRow?> FindByIdAsync(DexApiFactory factory, string id)
    {
        await using var connection = await factory.OpenDatabaseAsync();
        return await connection.QuerySingleOrDefaultAsync<UserRow>(SelectAll + " WHERE id = @Id", new { Id = id });
    }

    public static async Task<int> CountByEmailAsync(DexApiFactory factory, string email)
    {
        await using var connection = await factory.OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM users WHERE lower(email) = lower(@Email)", new { Email = email });
    }

    public static async Task DeleteByEmailAsync(DexApiFactory factory, string email)
    {
        await using var connection = await factory.OpenDatabaseAsync();
        var deleted = await connection.ExecuteAsync("DELETE FROM users WHERE email = @Email", new { Email = email });
        Assert.Equal(1, deleted);
    }
}

/// <summary>A users row as stored: booleans are 0 or 1, <c>created_at</c> is Unix seconds.</summary>
public sealed record UserRow
{
    public string Id { get; set; } = "";
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public long EmailVerified { get; set; }
    public long Admin { get; set; }
    public long Disabled { get; set; }
    public long CreatedAt { get; set; }
    public string? PasswordHash { get; set; }
    public long PasswordVersion { get; set; }
}
