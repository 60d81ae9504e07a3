using System.Text.Json.Serialization;
using MediatR;

namespace DexApi.Application.Clients.Commands.CreateClient;

/// <summary>Registers a new, non-admin client; its id and secret are generated.</summary>
/// <param name="RedirectUris">Absolute http or https URIs with a host and no fragment; at least one.</param>
public sealed record CreateClientCommand(IReadOnlyList<string?>? RedirectUris) : IRequest<ClientWithSecretDto>;

/// <summary>A new client with its secret, which is shown this once and never again.</summary>
public sealed record ClientWithSecretDto(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("redirectURIs")] IReadOnlyList<string> RedirectURIs,
    [property: JsonPropertyName("secret")] string Secret);
