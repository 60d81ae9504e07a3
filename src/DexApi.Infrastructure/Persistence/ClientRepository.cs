using System.Data.Common;
using System.Text.Json;
using Dapper;
using DexApi.Application;
using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Domain.Clients;
using DexApi.Infrastructure.Persistence.Dialects;

namespace DexApi.Infrastructure.Persistence;

public sealed class ClientRepository(ISqlConnectionFactory connections, ISqlDialect dialect) : IClientRepository
{
    private const string Columns = """
        id AS Id, secret_digest AS SecretDigest, redirect_uris AS RedirectUris, admin AS Admin, name AS Name,
        client_uri AS ClientUri, logo_uri AS LogoUri, created_at AS CreatedAt
        """;

    private const string SelectById = $"SELECT {Columns} FROM clients WHERE id = @Id";

    private const string SelectFirstPage = $"SELECT {Columns} FROM clients ORDER BY id ";
    private const string SelectPageAfter = $"SELECT {Columns} FROM clients WHERE id > @After ORDER BY id ";

    // Dapper expands @Ids into one parameter per element.
    private const string SelectMany = $"SELECT {Columns} FROM clients WHERE id IN @Ids ORDER BY id";

    private const string Insert = """
        INSERT INTO clients (id, secret_digest, redirect_uris, admin, name, client_uri, logo_uri, created_at)
        VALUES (@Id, @SecretDigest, @RedirectUris, @Admin, @Name, @ClientUri, @LogoUri, @CreatedAt)
        """;

    public async Task<Client?> GetByIdAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ClientRow>(
            new CommandDefinition(SelectById, new { Id = id }, cancellationToken: cancellationToken));
        return row?.ToClient();
    }

    public async Task AddAsync(Client client, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync(
                new CommandDefinition(Insert, ClientRow.From(client), cancellationToken: cancellationToken));
        }
        catch (DbException exception) when (dialect.IsUniqueViolation(exception))
        {
            throw new ConflictException(ErrorCodes.InvalidClientMetadata, "A client with this id already exists.");
        }
    }

    public async Task<bool> AnyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var sql = $"SELECT id FROM clients ORDER BY id {dialect.LimitClause}";
        var first = await connection.QueryFirstOrDefaultAsync<string>(
            new CommandDefinition(sql, new { Limit = 1 }, cancellationToken: cancellationToken));
        return first is not null;
    }

    public async Task<IReadOnlyList<Client>> ListByIdAsync(string? afterId, int limit, CancellationToken cancellationToken)
    {
        var sql = (afterId is null ? SelectFirstPage : SelectPageAfter) + dialect.LimitClause;
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ClientRow>(
            new CommandDefinition(sql, new { After = afterId, Limit = limit }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToClient()).ToList();
    }

    public async Task<IReadOnlyList<Client>> GetManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ClientRow>(
            new CommandDefinition(SelectMany, new { Ids = ids }, cancellationToken: cancellationToken));
        return rows.Select(row => row.ToClient()).ToList();
    }

    private sealed class ClientRow
    {
        public string Id { get; set; } = "";
        public string SecretDigest { get; set; } = "";
        public string RedirectUris { get; set; } = "[]";
        public bool Admin { get; set; }
        public string Name { get; set; } = "";
        public string ClientUri { get; set; } = "";
        public string LogoUri { get; set; } = "";
        public long CreatedAt { get; set; }

        public static ClientRow From(Client client) => new()
        {
            Id = client.Id,
            SecretDigest = client.SecretDigest,
            RedirectUris = JsonSerializer.Serialize(client.RedirectUris),
            Admin = client.Admin,
            Name = client.Name,
            ClientUri = client.ClientUri,
            LogoUri = client.LogoUri,
            CreatedAt = client.CreatedAt.ToUnixTimeSeconds(),
        };

        public Client ToClient() => new()
        {
            Id = Id,
            SecretDigest = SecretDigest,
            RedirectUris = JsonSerializer.Deserialize<string[]>(RedirectUris) ?? [],
            Admin = Admin,
            Name = Name,
            ClientUri = ClientUri,
            LogoUri = LogoUri,
            CreatedAt = DateTimeOffset.FromUnixTimeSeconds(CreatedAt),
        };
    }
}
