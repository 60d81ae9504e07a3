using DexApi.Domain.Clients;

namespace DexApi.Application.Common.Abstractions;

/// <summary>Storage of OAuth clients.</summary>
public interface IClientRepository
{
    Task<Client?> GetByIdAsync(string id, CancellationToken cancellationToken);

    /// <summary>Adds a client; throws <see cref="Exceptions.ConflictException"/> when the id is taken.</summary>
    Task AddAsync(Client client, CancellationToken cancellationToken);

    Task<bool> AnyAsync(CancellationToken cancellationToken);

    /// <summary>Clients ordered by id (ordinal), starting after <paramref name="afterId"/> when given.</summary>
    Task<IReadOnlyList<Client>> ListByIdAsync(string? afterId, int limit, CancellationToken cancellationToken);

    /// <summary>The clients with these ids that exist, ordered by id.</summary>
    Task<IReadOnlyList<Client>> GetManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);
}
