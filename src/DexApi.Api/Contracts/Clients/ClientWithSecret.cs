using System.Text.Json.Serialization;
using DexApi.Application.Clients.Commands.CreateClient;

namespace DexApi.Api.Contracts.Clients;

/// <summary>A newly registered client with its secret, which is shown this once.</summary>
/// <param name="Id">The client id.</param>
/// <param name="RedirectURIs">The registered redirect URIs.</param>
/// <param name="Secret">The client secret.</param>
public sealed record ClientWithSecret(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("redirectURIs")] IReadOnlyList<string> RedirectURIs,
    [property: JsonPropertyName("secret")] string Secret)
{
    public static ClientWithSecret From(ClientWithSecretDto client)
        => new(client.Id, client.RedirectURIs, client.Secret);
}
