using System.Data.Common;
using Dapper;
using DexApi.Application.Common.Abstractions;
using DexApi.Domain.RefreshTokens;

namespace DexApi.Infrastructure.Persistence;

// Limitation: rotated and revoked tokens are kept for replay detection and never purged, so the table
// grows with every refresh; a bounded clean-up of old families is still to come.
public sealed class RefreshTokenRepository(SqlRunner sql) : IRefreshTokenRepository
{
    private const string SelectByDigest = """
        SELECT id AS Id, family_id AS FamilyId, user_id AS UserId, client_id AS ClientId,
               token_digest AS TokenDigest, scopes AS Scopes, issued_at AS IssuedAt, last_used_at AS LastUsedAt,
               rotated_at AS RotatedAt, replaced_by AS ReplacedBy, revoked_at AS RevokedAt
        FROM refresh_tokens WHERE token_digest = @TokenDigest
        """;

    private const string Insert = """
        INSERT INTO refresh_tokens (id, family_id, user_id, client_id, token_digest, scopes, issued_at)
        VALUES (@Id, @FamilyId, @UserId, @ClientId, @TokenDigest, @Scopes, @IssuedAt)
        """;

    private const string MarkRotated = """
        UPDATE refresh_tokens SET rotated_at = @Now, last_used_at = @Now, replaced_by = @SuccessorId
        WHERE id = @Id AND rotated_at IS NULL AND revoked_at IS NULL
        """;

    private const string RevokeLiveToken = """
        UPDATE refresh_tokens SET revoked_at = @Now
        WHERE id = @Id AND rotated_at IS NULL AND revoked_at IS NULL
        """;

    private const string Repoint = """
        UPDATE refresh_tokens SET replaced_by = @SuccessorId, last_used_at = @Now WHERE id = @Id
        """;

    private const string RevokeFamily = """
        UPDATE refresh_tokens SET revoked_at = @Now WHERE family_id = @FamilyId AND revoked_at IS NULL
        """;

    private const string RevokeUserClient = """
        UPDATE refresh_tokens SET revoked_at = @Now
        WHERE user_id = @UserId AND client_id = @ClientId AND revoked_at IS NULL
        """;

    private const string SelectLiveClientIds = """
        SELECT DISTINCT client_id FROM refresh_tokens
        WHERE user_id = @UserId AND rotated_at IS NULL AND revoked_at IS NULL
        ORDER BY client_id
        """;

    public Task<RefreshToken?> GetByDigestAsync(string tokenDigest, CancellationToken cancellationToken)
        => sql.RunAsync(async connection => (await connection.QuerySingleOrDefaultAsync<RefreshTokenRow>(
            new CommandDefinition(SelectByDigest, new { TokenDigest = tokenDigest }, cancellationToken: cancellationToken)))
            ?.ToToken(), cancellationToken);

    public Task AddAsync(RefreshToken token, CancellationToken cancellationToken)
        => ExecuteAsync(Insert, RefreshTokenRow.From(token), cancellationToken);

    public Task<bool> RotateAsync(
        RefreshToken current,
        RefreshToken successor,
        DateTimeOffset now,
        CancellationToken cancellationToken)
        => sql.InTransactionAsync(async (connection, transaction) =>
        {
            var parameters = new { current.Id, SuccessorId = successor.Id, Now = now.ToUnixTimeSeconds() };
            var rotated = await connection.ExecuteAsync(
                new CommandDefinition(MarkRotated, parameters, transaction, cancellationToken: cancellationToken));
            return rotated == 1 && await InsertAsync(connection, transaction, successor, cancellationToken);
        }, cancellationToken);

    public Task<bool> ReplaceSuccessorAsync(
        RefreshToken rotated,
        RefreshToken replacement,
        DateTimeOffset now,
        CancellationToken cancellationToken)
        => sql.InTransactionAsync(async (connection, transaction) =>
        {
            var seconds = now.ToUnixTimeSeconds();
            var revoked = await connection.ExecuteAsync(new CommandDefinition(
                RevokeLiveToken,
                new { Id = rotated.ReplacedBy, Now = seconds },
                transaction,
                cancellationToken: cancellationToken));
            if (revoked != 1)
            {
                return false;
            }

            await connection.ExecuteAsync(new CommandDefinition(
                Repoint,
                new { rotated.Id, SuccessorId = replacement.Id, Now = seconds },
                transaction,
                cancellationToken: cancellationToken));
            return await InsertAsync(connection, transaction, replacement, cancellationToken);
        }, cancellationToken);

    public Task RevokeFamilyAsync(string familyId, DateTimeOffset now, CancellationToken cancellationToken)
        => ExecuteAsync(RevokeFamily, new { FamilyId = familyId, Now = now.ToUnixTimeSeconds() }, cancellationToken);

    public Task<int> RevokeForClientAsync(
        string userId,
        string clientId,
        DateTimeOffset now,
        CancellationToken cancellationToken)
        => ExecuteAsync(
            RevokeUserClient,
            new { UserId = userId, ClientId = clientId, Now = now.ToUnixTimeSeconds() },
            cancellationToken);

    public Task<IReadOnlyList<string>> ListClientIdsWithLiveTokensAsync(
        string userId,
        CancellationToken cancellationToken)
        => sql.RunAsync<IReadOnlyList<string>>(async connection => (await connection.QueryAsync<string>(
            new CommandDefinition(SelectLiveClientIds, new { UserId = userId }, cancellationToken: cancellationToken)))
            .ToList(), cancellationToken);

    private Task<int> ExecuteAsync(string command, object parameters, CancellationToken cancellationToken)
        => sql.WriteAsync(connection => connection.ExecuteAsync(
            new CommandDefinition(command, parameters, cancellationToken: cancellationToken)), cancellationToken);

    private static async Task<bool> InsertAsync(
        DbConnection connection,
        DbTransaction transaction,
        RefreshToken token,
        CancellationToken cancellationToken)
    {
        var inserted = await connection.ExecuteAsync(
            new CommandDefinition(Insert, RefreshTokenRow.From(token), transaction, cancellationToken: cancellationToken));
        return inserted == 1;
    }

    private sealed class RefreshTokenRow
    {
        public string Id { get; set; } = "";
        public string FamilyId { get; set; } = "";
        public string UserId { get; set; } = "";
        public string ClientId { get; set; } = "";
        public string TokenDigest { get; set; } = "";
        public string Scopes { get; set; } = "";
        public long IssuedAt { get; set; }
        public long? LastUsedAt { get; set; }
        public long? RotatedAt { get; set; }
        public string? ReplacedBy { get; set; }
        public long? RevokedAt { get; set; }

        public static RefreshTokenRow From(RefreshToken token) => new()
        {
            Id = token.Id,
            FamilyId = token.FamilyId,
            UserId = token.UserId,
            ClientId = token.ClientId,
            TokenDigest = token.TokenDigest,
            Scopes = string.Join(' ', token.Scopes),
            IssuedAt = token.IssuedAt.ToUnixTimeSeconds(),
        };

        public RefreshToken ToToken() => new()
        {
            Id = Id,
            FamilyId = FamilyId,
            UserId = UserId,
            ClientId = ClientId,
            TokenDigest = TokenDigest,
            Scopes = Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            IssuedAt = DateTimeOffset.FromUnixTimeSeconds(IssuedAt),
            LastUsedAt = ToTime(LastUsedAt),
            RotatedAt = ToTime(RotatedAt),
            ReplacedBy = ReplacedBy,
            RevokedAt = ToTime(RevokedAt),
        };

        private static DateTimeOffset? ToTime(long? seconds)
            => seconds is { } value ? DateTimeOffset.FromUnixTimeSeconds(value) : null;
    }
}
