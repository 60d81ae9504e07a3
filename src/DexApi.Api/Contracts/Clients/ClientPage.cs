using System.Text.Json.Serialization;

namespace DexApi.Api.Contracts.Clients;

/// <summary>A page of clients; <c>nextPageToken</c> is absent on the last page.</summary>
/// <param name="Clients">The clients of this page, in client-id order.</param>
/// <param name="NextPageToken">The token of the next page; absent on the last page.</param>
public sealed record ClientPage(
    [property: JsonPropertyName("clients")] IReadOnlyList<Client> Clients,
    [property: JsonPropertyName("nextPageToken")] string? NextPageToken);
