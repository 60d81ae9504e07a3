using System.Text.Json.Serialization;
using DexApi.Application.Clients;

namespace DexApi.Api.Contracts.Clients;

/// <summary>A client: never its secret. To register one, send its redirect URIs; a supplied id is ignored.</summary>
/// <param name="Id">The client id.</param>
/// <param name="RedirectURIs">Absolute http or https URIs with a host and no fragment; at least one.</param>
public sealed record Client(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("redirectURIs")] IReadOnlyList<string> RedirectURIs)
{
    public static Client From(ClientDto client) => new(client.Id, client.RedirectURIs);
}
