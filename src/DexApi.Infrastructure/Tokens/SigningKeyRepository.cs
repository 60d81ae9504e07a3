using Dapper;
using DexApi.Infrastructure.Persistence;

namespace DexApi.Infrastructure.Tokens;

/// <summary>Signing keys as stored: the private key sealed under a key derived from the master key.</summary>
public sealed class SigningKeyRepository(SqlRunner sql)
{
    private const string SelectAll = """
        SELECT key_id AS KeyId, algorithm AS Algorithm, protected_private_key AS ProtectedPrivateKey,
               created_at AS CreatedAt
        FROM signing_keys ORDER BY created_at DESC, key_id
        """;

    private const string Insert = """
        INSERT INTO signing_keys (key_id, algorithm, protected_private_key, created_at)
        VALUES (@KeyId, @Algorithm, @ProtectedPrivateKey, @CreatedAt)
        """;

    public Task<IReadOnlyList<StoredSigningKey>> ListNewestFirstAsync(CancellationToken cancellationToken)
        => sql.RunAsync<IReadOnlyList<StoredSigningKey>>(async connection => (await connection.QueryAsync<StoredSigningKey>(
            new CommandDefinition(SelectAll, cancellationToken: cancellationToken))).ToList(), cancellationToken);

    public Task AddAsync(StoredSigningKey key, CancellationToken cancellationToken)
        => sql.WriteAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(Insert, key, cancellationToken: cancellationToken)),
            cancellationToken);
}

public sealed class StoredSigningKey
{
    public string KeyId { get; set; } = "";
    public string Algorithm { get; set; } = "";
    public string ProtectedPrivateKey { get; set; } = "";
    public long CreatedAt { get; set; }
}
