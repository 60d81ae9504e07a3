using System.Data.Common;
using Dapper;
using DexApi.Application;
using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Domain.Clients;

namespace DexApi.Infrastructure.Persistence;

public sealed class ClientRepository(SqlRunner sql) : IClientRepository
{
    private const string SelectById = $"SELECT {ClientRow.Columns} FROM clients WHERE id = @Id";

    private const string SelectFirstPage = $"SELECT {ClientRow.Columns} FROM clients ORDER BY id ";
    private const string SelectPageAfter = $"SELECT {ClientRow.Columns} FROM clients WHERE id > @After ORDER BY id ";
    private const string SelectAnyId = "SELECT id FROM clients ORDER BY id ";

    private const string SelectManyPrefix = $"SELECT {ClientRow.Columns} FROM clients WHERE ";

    private const string Insert = """
        INSERT INTO clients (id, secret_digest, redirect_uris, admin, name, client_uri, logo_uri, created_at)
        VALUES (@Id, @SecretDigest, @RedirectUris, @Admin, @Name, @ClientUri, @LogoUri, @CreatedAt)
        """;

    public Task<Client?> GetByIdAsync(string id, CancellationToken cancellationToken)
        => sql.RunAsync(async connection => (await connection.QuerySingleOrDefaultAsync<ClientRow>(
            new CommandDefinition(SelectById, new { Id = id }, cancellationToken: cancellationToken)))?.ToClient(),
            cancellationToken);

    public Task AddAsync(Client client, CancellationToken cancellationToken)
        => sql.WriteAsync(async connection =>
        {
            try
            {
                await connection.ExecuteAsync(
                    new CommandDefinition(Insert, ClientRow.From(client), cancellationToken: cancellationToken));
            }
            catch (DbException exception) when (sql.Dialect.IsUniqueViolation(exception))
            {
                throw new ConflictException(ErrorCodes.InvalidClientMetadata, "A client with this id already exists.");
            }
        }, cancellationToken);

    public Task<bool> AnyAsync(CancellationToken cancellationToken)
        => sql.RunAsync(async connection => await connection.QueryFirstOrDefaultAsync<string>(new CommandDefinition(
            SelectAnyId + sql.Dialect.LimitClause,
            new { Limit = 1 },
            cancellationToken: cancellationToken)) is not null, cancellationToken);

    public Task<IReadOnlyList<Client>> ListByIdAsync(string? afterId, int limit, CancellationToken cancellationToken)
        => QueryAsync(
            (afterId is null ? SelectFirstPage : SelectPageAfter) + sql.Dialect.LimitClause,
            new { After = afterId, Limit = limit },
            cancellationToken);

    public Task<IReadOnlyList<Client>> GetManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
        => QueryAsync(
            SelectManyPrefix + sql.Dialect.IsInList("id", "@Ids") + " ORDER BY id",
            new { Ids = ids.ToArray() },
            cancellationToken);

    private Task<IReadOnlyList<Client>> QueryAsync(string query, object parameters, CancellationToken cancellationToken)
        => sql.RunAsync<IReadOnlyList<Client>>(async connection =>
        {
            var rows = await connection.QueryAsync<ClientRow>(
                new CommandDefinition(query, parameters, cancellationToken: cancellationToken));
            return rows.Select(row => row.ToClient()).ToList();
        }, cancellationToken);
}
