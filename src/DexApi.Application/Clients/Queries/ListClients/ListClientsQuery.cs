using MediatR;

namespace DexApi.Application.Clients.Queries.ListClients;

/// <summary>One page of clients in client-id order.</summary>
/// <param name="MaxResults">The raw <c>maxResults</c> query value: 1 to 100, 20 when absent.</param>
/// <param name="NextPageToken">The cursor from the previous page.</param>
public sealed record ListClientsQuery(string? MaxResults, string? NextPageToken) : IRequest<ClientPageDto>;

/// <summary>A page of clients and, unless it is the last, the token of the next page.</summary>
public sealed record ClientPageDto(IReadOnlyList<ClientDto> Clients, string? NextPageToken);
