using System.Text.Json.Serialization;
using DexApi.Application.Clients;

namespace DexApi.Api.Contracts.Clients;

/// <summary>A page of clients; <c>nextPageToken</c> is absent on the last page.</summary>
public sealed record ClientPage(
    [property: JsonPropertyName("clients")] IReadOnlyList<ClientDto> Clients,
    [property: JsonPropertyName("nextPageToken")] string? NextPageToken);
