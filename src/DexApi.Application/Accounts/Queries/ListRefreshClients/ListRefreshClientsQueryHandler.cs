using DexApi.Application.Common.Abstractions;
using MediatR;

namespace DexApi.Application.Accounts.Queries.ListRefreshClients;

public sealed class ListRefreshClientsQueryHandler(IRefreshTokenRepository refreshTokens, IClientRepository clients)
    : IRequestHandler<ListRefreshClientsQuery, RefreshClientListDto>
{
    public async Task<RefreshClientListDto> Handle(ListRefreshClientsQuery request, CancellationToken cancellationToken)
    {
        var clientIds = await refreshTokens.ListClientIdsWithLiveTokensAsync(request.UserId, cancellationToken);
        var holders = clientIds.Count == 0 ? [] : await clients.GetManyAsync(clientIds, cancellationToken);
        return new RefreshClientListDto(holders
            .Select(client => new RefreshClientDto(
                client.Id,
                NullIfEmpty(client.Name),
                NullIfEmpty(client.ClientUri),
                NullIfEmpty(client.LogoUri)))
            .ToList());
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
