using DexApi.Application.Common.Abstractions;
using DexApi.Application.Tokens;
using DexApi.Domain.Clients;
using DexApi.Domain.Users;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DexApi.Infrastructure.Tokens;

/// <summary>RS256 JWTs signed with the active key of the <see cref="SigningKeyRing"/>.</summary>
public sealed class JwtAccessTokenIssuer(
    SigningKeyRing keys,
    IIssuer issuer,
    TimeProvider clock,
    IOptions<TokenOptions> options) : IAccessTokenIssuer
{
    private static readonly JsonWebTokenHandler s_handler = new() { SetDefaultTimesOnTokenCreation = false };

    public Task<IssuedToken> IssueForUserAsync(User user, Client client, CancellationToken cancellationToken)
    {
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = user.Id,
            [JwtRegisteredClaimNames.Email] = user.Email,
            [JwtRegisteredClaimNames.EmailVerified] = user.EmailVerified,
            [JwtRegisteredClaimNames.Name] = user.DisplayName,
        };
        return Task.FromResult(Issue(client.Id, claims));
    }

    public Task<IssuedToken> IssueForClientAsync(Client client, CancellationToken cancellationToken)
    {
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = client.Id,
            [JwtRegisteredClaimNames.Name] = client.Id,
        };
        return Task.FromResult(Issue(client.Id, claims));
    }

    private IssuedToken Issue(string audience, Dictionary<string, object> claims)
    {
        var lifetime = options.Value.AccessTokenLifetime;
        var now = clock.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer.Url,
            Audience = audience,
            Claims = claims,
            IssuedAt = now,
            Expires = now.Add(lifetime),
            SigningCredentials = new SigningCredentials(keys.Active, SecurityAlgorithms.RsaSha256),
        };
        return new IssuedToken(s_handler.CreateToken(descriptor), lifetime);
    }
}
