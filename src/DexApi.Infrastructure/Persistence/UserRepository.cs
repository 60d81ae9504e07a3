using System.Data.Common;
using Dapper;
using DexApi.Application;
using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Domain.Users;

namespace DexApi.Infrastructure.Persistence;

public sealed class UserRepository(SqlRunner sql) : IUserRepository
{
    private const string SelectById = $"SELECT {UserRow.Columns} FROM users WHERE id = @Id";
    private const string SelectByEmail = $"SELECT {UserRow.Columns} FROM users WHERE email = @Email";
    private const string SelectFirstPage = $"SELECT {UserRow.Columns} FROM users ORDER BY email ";
    private const string SelectPageAfter = $"SELECT {UserRow.Columns} FROM users WHERE email > @After ORDER BY email ";
    private const string SelectAnyId = "SELECT id FROM users ORDER BY id ";

    private const string Insert = """
        INSERT INTO users (id, email, display_name, email_verified, admin, disabled, created_at, password_hash,
                           password_version)
        VALUES (@Id, @Email, @DisplayName, @EmailVerified, @Admin, @Disabled, @CreatedAt, @PasswordHash,
                @PasswordVersion)
        """;

    private const string UpdateDisabled = "UPDATE users SET disabled = @Disabled WHERE id = @Id";
    private const string UpdateEmailVerified = "UPDATE users SET email_verified = @EmailVerified WHERE id = @Id";

    private const string UpdatePassword = """
        UPDATE users SET password_hash = @PasswordHash, password_version = password_version + 1
        WHERE id = @Id AND password_version = @ExpectedVersion
        """;

    private const string UpdatePasswordHashOnly = "UPDATE users SET password_hash = @PasswordHash WHERE id = @Id";

    public Task<User?> GetByIdAsync(string id, CancellationToken cancellationToken)
        => GetOneAsync(SelectById, new { Id = id }, cancellationToken);

    public Task<User?> GetByEmailAsync(string email, CancellationToken cancellationToken)
        => GetOneAsync(SelectByEmail, new { Email = email }, cancellationToken);

    public Task<IReadOnlyList<User>> ListByEmailAsync(string? afterEmail, int limit, CancellationToken cancellationToken)
        => sql.RunAsync<IReadOnlyList<User>>(async connection =>
        {
            var query = (afterEmail is null ? SelectFirstPage : SelectPageAfter) + sql.Dialect.LimitClause;
            var rows = await connection.QueryAsync<UserRow>(new CommandDefinition(
                query,
                new { After = afterEmail, Limit = limit },
                cancellationToken: cancellationToken));
            return rows.Select(row => row.ToUser()).ToList();
        }, cancellationToken);

    public Task AddAsync(User user, CancellationToken cancellationToken)
        => sql.WriteAsync(async connection =>
        {
            try
            {
                await connection.ExecuteAsync(
                    new CommandDefinition(Insert, UserRow.From(user), cancellationToken: cancellationToken));
            }
            catch (DbException exception) when (sql.Dialect.IsUniqueViolation(exception))
            {
                throw new ConflictException(ErrorCodes.DuplicateEmail, ErrorDescriptions.DuplicateEmail);
            }
        }, cancellationToken);

    public async Task<bool> SetDisabledAsync(string id, bool disabled, CancellationToken cancellationToken)
        => await ExecuteAsync(UpdateDisabled, new { Id = id, Disabled = disabled }, cancellationToken) == 1;

    public Task MarkEmailVerifiedAsync(string id, CancellationToken cancellationToken)
        => ExecuteAsync(UpdateEmailVerified, new { Id = id, EmailVerified = true }, cancellationToken);

    public async Task<bool> SetPasswordAsync(
        string id,
        string passwordHash,
        int expectedVersion,
        CancellationToken cancellationToken)
    {
        var parameters = new { Id = id, PasswordHash = passwordHash, ExpectedVersion = expectedVersion };
        return await ExecuteAsync(UpdatePassword, parameters, cancellationToken) == 1;
    }

    public Task UpdatePasswordHashAsync(string id, string passwordHash, CancellationToken cancellationToken)
        => ExecuteAsync(UpdatePasswordHashOnly, new { Id = id, PasswordHash = passwordHash }, cancellationToken);

    public Task<bool> AnyAsync(CancellationToken cancellationToken)
        => sql.RunAsync(async connection => await connection.QueryFirstOrDefaultAsync<string>(new CommandDefinition(
            SelectAnyId + sql.Dialect.LimitClause,
            new { Limit = 1 },
            cancellationToken: cancellationToken)) is not null, cancellationToken);

    private Task<User?> GetOneAsync(string query, object parameters, CancellationToken cancellationToken)
        => sql.RunAsync(async connection => (await connection.QuerySingleOrDefaultAsync<UserRow>(
            new CommandDefinition(query, parameters, cancellationToken: cancellationToken)))?.ToUser(), cancellationToken);

    private Task<int> ExecuteAsync(string command, object parameters, CancellationToken cancellationToken)
        => sql.WriteAsync(connection => connection.ExecuteAsync(
            new CommandDefinition(command, parameters, cancellationToken: cancellationToken)), cancellationToken);
}
