using DexApi.Application.Common.Abstractions;
using DexApi.Application.Tokens.Grants;
using MediatR;

namespace DexApi.Application.Tokens.Commands.IssueToken;

public sealed class IssueTokenCommandHandler(
    ClientAuthenticator clientAuthenticator,
    PasswordGrant passwordGrant,
    RefreshTokenGrant refreshTokenGrant,
    IAccessTokenIssuer tokenIssuer)
    : IRequestHandler<IssueTokenCommand, TokenResponse>
{
    public async Task<TokenResponse> Handle(IssueTokenCommand request, CancellationToken cancellationToken)
    {
        var client = await clientAuthenticator.AuthenticateAsync(request.Client, cancellationToken);

        switch (request.GrantType)
        {
            case GrantTypes.Password:
                return await passwordGrant.ExchangeAsync(client, request, cancellationToken);
            case GrantTypes.RefreshToken:
                return await refreshTokenGrant.ExchangeAsync(client, request, cancellationToken);
            default:
                var issued = await tokenIssuer.IssueForClientAsync(client, cancellationToken);
                return new TokenResponse(issued.Value, issued.Value, "bearer", (int)issued.Lifetime.TotalSeconds);
        }
    }
}
