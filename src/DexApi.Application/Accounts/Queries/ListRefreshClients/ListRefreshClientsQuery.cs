using System.Text.Json.Serialization;
using MediatR;

namespace DexApi.Application.Accounts.Queries.ListRefreshClients;

/// <summary>The clients that hold at least one live refresh token of a user, each once, by client id.</summary>
public sealed record ListRefreshClientsQuery(string UserId) : IRequest<RefreshClientListDto>;

/// <summary>The clients holding a user's refresh tokens; an empty list when none.</summary>
public sealed record RefreshClientListDto(
    [property: JsonPropertyName("clients")] IReadOnlyList<RefreshClientDto> Clients);

/// <summary>A client with its public metadata; empty metadata is left out.</summary>
public sealed record RefreshClientDto(
    [property: JsonPropertyName("clientID")] string ClientID,
    [property: JsonPropertyName("clientName")] string? ClientName,
    [property: JsonPropertyName("clientURI")] string? ClientURI,
    [property: JsonPropertyName("logoURI")] string? LogoURI);
