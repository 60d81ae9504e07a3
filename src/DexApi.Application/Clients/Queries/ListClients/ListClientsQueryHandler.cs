using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Paging;
using MediatR;

namespace DexApi.Application.Clients.Queries.ListClients;

public sealed class ListClientsQueryHandler(IClientRepository clients, IPageTokenProtector protector)
    : IRequestHandler<ListClientsQuery, ClientPageDto>
{
    private const string CursorPurpose = "clients-by-id";

    public async Task<ClientPageDto> Handle(ListClientsQuery request, CancellationToken cancellationToken)
    {
        var page = await KeysetPage.ReadAsync(
            protector,
            CursorPurpose,
            request.MaxResults,
            request.NextPageToken,
            (after, limit) => clients.ListByIdAsync(after, limit, cancellationToken),
            client => client.Id);
        return new ClientPageDto(
            page.Items.Select(client => new ClientDto(client.Id, client.RedirectUris)).ToList(),
            page.NextPageToken);
    }
}
