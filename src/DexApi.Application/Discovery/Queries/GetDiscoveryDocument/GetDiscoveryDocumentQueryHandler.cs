using DexApi.Application.Common.Abstractions;
using DexApi.Application.Tokens;
using MediatR;
using Microsoft.Extensions.Options;

namespace DexApi.Application.Discovery.Queries.GetDiscoveryDocument;

public sealed class GetDiscoveryDocumentQueryHandler(IIssuer issuer, IOptions<TokenOptions> options)
    : IRequestHandler<GetDiscoveryDocumentQuery, DiscoveryDocumentDto>
{
    public Task<DiscoveryDocumentDto> Handle(GetDiscoveryDocumentQuery request, CancellationToken cancellationToken)
    {
        // Limitation: there is no authorization endpoint yet, so browser sign-in (authorization code with
        // PKCE) is not offered; consoles and scripts use the password or client-credentials grant.
        var grants = options.Value.PasswordGrantEnabled
            ? new[] { GrantTypes.ClientCredentials, GrantTypes.Password, GrantTypes.RefreshToken }
            : [GrantTypes.ClientCredentials, GrantTypes.RefreshToken];
        return Task.FromResult(new DiscoveryDocumentDto
        {
            Issuer = issuer.Url,
            TokenEndpoint = $"{issuer.Url}/token",
            JwksUri = $"{issuer.Url}/keys",
            GrantTypesSupported = grants,
            ResponseTypesSupported = [],
            SubjectTypesSupported = ["public"],
            IdTokenSigningAlgValuesSupported = ["RS256"],
            TokenEndpointAuthMethodsSupported = ["client_secret_basic", "client_secret_post"],
            ScopesSupported = ["openid", "email", "profile", Scopes.OfflineAccess],
            ClaimsSupported = ["iss", "sub", "aud", "iat", "exp", "email", "email_verified", "name"],
        });
    }
}
