using MediatR;

namespace DexApi.Application.Discovery.Queries.GetKeySet;

/// <summary>The JSON Web Key Set that verifies the service's tokens.</summary>
public sealed record GetKeySetQuery : IRequest<KeySetDto>;

/// <summary>A JWKS document.</summary>
public sealed record KeySetDto(IReadOnlyList<JsonWebKeyDto> Keys);

/// <summary>One RSA signing key's public half.</summary>
public sealed record JsonWebKeyDto(string Kty, string Use, string Alg, string Kid, string N, string E);
