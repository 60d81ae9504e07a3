namespace DexApi.Api.Contracts.Clients;

/// <summary>A client to register. Other fields, such as a supplied <c>id</c>, are ignored.</summary>
/// <param name="RedirectURIs">Absolute http or https URIs with a host and no fragment; at least one.</param>
public sealed record ClientCreateRequest(IReadOnlyList<string?>? RedirectURIs);
