using System.Text.Json.Serialization;

namespace DexApi.Application.Clients;

/// <summary>A client as the API lists it: never its secret or admin flag.</summary>
/// <param name="Id">The client id.</param>
/// <param name="RedirectURIs">The registered redirect URIs.</param>
public sealed record ClientDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("redirectURIs")] IReadOnlyList<string> RedirectURIs);
