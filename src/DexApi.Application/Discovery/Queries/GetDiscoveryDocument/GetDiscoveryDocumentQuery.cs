using MediatR;

namespace DexApi.Application.Discovery.Queries.GetDiscoveryDocument;

/// <summary>The OpenID Connect discovery document of this issuer.</summary>
public sealed record GetDiscoveryDocumentQuery : IRequest<DiscoveryDocumentDto>;
