using System.Text.Json;
using DexApi.Api.ErrorHandling;
using DexApi.Application;
using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Application.Tokens;
using DexApi.Infrastructure.Tokens;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DexApi.Api.Authentication;

/// <summary>
/// How bearer tokens are verified: RS256 only, signed by one of our keys, from our issuer, unexpired, with
/// <c>iat</c>, a subject and a single-string audience (the client). Every failure is a 401 in the Dex shape.
/// </summary>
public sealed class BearerTokenOptionsSetup(SigningKeyRing keys, IIssuer issuer, IOptions<TokenOptions> tokens)
    : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options) => Configure(options);

    public void Configure(JwtBearerOptions options)
    {
        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = issuer.Url,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidTypes = ["JWT"],
            IssuerSigningKeyResolver = (_, _, keyId, _) =>
            {
                var known = keys.ValidationKeys;
                if (keyId is not null && known.All(key => key.KeyId != keyId))
                {
                    // Perhaps another node rotated a moment ago: read the keys again soon.
                    keys.RequestRefresh();
                }

                return known;
            },
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ClockSkew = tokens.Value.ClockSkew,
            // The audience is the client the token was issued to; any registered client is accepted here and
            // the guards decide what that client may do. Its shape is checked in OnTokenValidated.
            ValidateAudience = false,
            NameClaimType = JwtRegisteredClaimNames.Sub,
        };
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                if (context.SecurityToken is not JsonWebToken token || !HasDexShape(token))
                {
                    context.Fail("The token lacks iat or sub, or its aud is not a single string.");
                }

                return Task.CompletedTask;
            },
            OnChallenge = async context =>
            {
                context.HandleResponse();
                context.Response.Headers.WWWAuthenticate = "Bearer";
                await ErrorResponseWriter.WriteAsync(
                    context.HttpContext,
                    StatusCodes.Status401Unauthorized,
                    ErrorCodes.Unauthorized,
                    ErrorDescriptions.Unauthorized);
            },
        };
    }

    /// <summary>Dex's claim rules: <c>iat</c> present, <c>sub</c> non-empty, <c>aud</c> one string.</summary>
    private static bool HasDexShape(JsonWebToken token)
    {
        if (string.IsNullOrEmpty(token.Subject) || !token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Iat, out _))
        {
            return false;
        }

        using var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(token.EncodedPayload));
        return payload.RootElement.TryGetProperty(JwtRegisteredClaimNames.Aud, out var audience)
            && audience.ValueKind == JsonValueKind.String
            && audience.GetString()!.Length > 0;
    }
}
