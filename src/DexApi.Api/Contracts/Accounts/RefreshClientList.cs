using System.Text.Json.Serialization;

namespace DexApi.Api.Contracts.Accounts;

/// <summary>The clients that hold refresh tokens of a user, each once, in client-id order.</summary>
/// <param name="Clients">The clients; empty when there are none.</param>
public sealed record RefreshClientList([property: JsonPropertyName("clients")] IReadOnlyList<RefreshClient> Clients);
