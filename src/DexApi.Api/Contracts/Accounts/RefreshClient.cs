using System.Text.Json.Serialization;
using DexApi.Application.Accounts.Queries.ListRefreshClients;

namespace DexApi.Api.Contracts.Accounts;

/// <summary>A client with associated public metadata.</summary>
/// <param name="ClientID">The client id.</param>
/// <param name="ClientName">The client's name; absent when it has none.</param>
/// <param name="ClientURI">The client's home page; absent when it has none.</param>
/// <param name="LogoURI">The client's logo; absent when it has none.</param>
public sealed record RefreshClient(
    [property: JsonPropertyName("clientID")] string ClientID,
    [property: JsonPropertyName("clientName")] string? ClientName,
    [property: JsonPropertyName("clientURI")] string? ClientURI,
    [property: JsonPropertyName("logoURI")] string? LogoURI)
{
    public static RefreshClient From(RefreshClientDto client)
        => new(client.ClientID, client.ClientName, client.ClientURI, client.LogoURI);
}
