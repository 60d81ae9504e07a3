using DexApi.Infrastructure.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DexApi.Api.FunctionalTests.Infrastructure;

/// <summary>Signs tokens with arbitrary claims, with the service's own key or another, to test the checks.</summary>
public static class TokenForge
{
    private static readonly JsonWebTokenHandler s_handler = new() { SetDefaultTimesOnTokenCreation = false };

    public static string SignWithServiceKey(DexApiFactory factory, IDictionary<string, object> claims, string? tokenType = null)
    {
        var key = factory.Services.GetRequiredService<SigningKeyRing>().Active;
        return Sign(key, claims, tokenType);
    }

    public static string Sign(SecurityKey key, IDictionary<string, object> claims, string? tokenType = null)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
            TokenType = tokenType,
        };
        return s_handler.CreateToken(descriptor);
    }

    /// <summary>Claims of a well-formed user token; tests change one to break it.</summary>
    public static Dictionary<string, object> UserClaims(string userId, string clientId, DateTimeOffset? now = null)
    {
        var issuedAt = now ?? DateTimeOffset.UtcNow;
        return new Dictionary<string, object>
        {
            ["iss"] = DexApiFactory.Issuer,
            ["sub"] = userId,
            ["aud"] = clientId,
            ["iat"] = issuedAt.ToUnixTimeSeconds(),
            ["exp"] = issuedAt.AddMinutes(10).ToUnixTimeSeconds(),
        };
    }
}
