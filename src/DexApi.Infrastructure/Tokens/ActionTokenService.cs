using System.Globalization;
using DexApi.Application.Common.Abstractions;
using DexApi.Infrastructure.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DexApi.Infrastructure.Tokens;

/// <summary>
/// Action links as HS256 JWTs under a key derived from the master key, with a token type of their own. The
/// bearer-token check accepts only RS256 tokens of type JWT, so an action link is never a credential there.
/// </summary>
public sealed class ActionTokenService(MasterKey masterKey, IIssuer issuer, TimeProvider clock) : IActionTokenService
{
    private const string TokenType = "dexapi-action+jwt";
    private const string EmailClaim = "email";
    private const string PasswordVersionClaim = "pwv";
    private const string ClientClaim = "cid";
    private const string RedirectClaim = "redirect";

    private static readonly JsonWebTokenHandler s_handler = new() { SetDefaultTimesOnTokenCreation = false };

    private readonly Lazy<SymmetricSecurityKey> _key = new(() => new SymmetricSecurityKey(masterKey.Derive("dexapi/action-tokens")));

    public string Create(ActionToken token)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer.Url,
            Audience = AudienceOf(token.Purpose),
            TokenType = TokenType,
            IssuedAt = clock.GetUtcNow().UtcDateTime,
            Expires = token.ExpiresAt.UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = token.UserId,
                [EmailClaim] = token.Email,
                [PasswordVersionClaim] = token.PasswordVersion,
                [ClientClaim] = token.ClientId,
                [RedirectClaim] = token.RedirectUrl,
            },
            SigningCredentials = new SigningCredentials(_key.Value, SecurityAlgorithms.HmacSha256),
        };
        return s_handler.CreateToken(descriptor);
    }

    public async Task<ActionToken?> ReadAsync(string token, ActionPurpose purpose)
    {
        var result = await s_handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = issuer.Url,
            ValidAudience = AudienceOf(purpose),
            ValidTypes = [TokenType],
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            IssuerSigningKey = _key.Value,
            // Expiry is checked below against the injectable clock, so that tests can move time.
            ValidateLifetime = false,
        });
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt || jwt.ValidTo <= clock.GetUtcNow().UtcDateTime)
        {
            return null;
        }

        return TryRead(jwt, purpose);
    }

    private static ActionToken? TryRead(JsonWebToken jwt, ActionPurpose purpose)
    {
        if (!jwt.TryGetPayloadValue<string>(EmailClaim, out var email)
            || !jwt.TryGetPayloadValue<int>(PasswordVersionClaim, out var passwordVersion)
            || !jwt.TryGetPayloadValue<string>(ClientClaim, out var clientId)
            || !jwt.TryGetPayloadValue<string>(RedirectClaim, out var redirect)
            || string.IsNullOrEmpty(jwt.Subject))
        {
            return null;
        }

        return new ActionToken(purpose, jwt.Subject, email, passwordVersion, clientId, redirect, jwt.ValidTo);
    }

    private static string AudienceOf(ActionPurpose purpose)
        => "dexapi:" + purpose.ToString().ToLower(CultureInfo.InvariantCulture);
}
