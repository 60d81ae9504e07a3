using DexApi.Application.Common.Abstractions;
using Microsoft.IdentityModel.JsonWebTokens;

namespace DexApi.Api.Authentication;

/// <summary>Reads the caller from the bearer token that authentication verified for this request.</summary>
public sealed class HttpCurrentCaller(IHttpContextAccessor accessor) : ICurrentCaller
{
    public string? Subject => accessor.HttpContext?.User.FindFirst(JwtRegisteredClaimNames.Sub)?.Value;

    public string? ClientId => accessor.HttpContext?.User.FindFirst(JwtRegisteredClaimNames.Aud)?.Value;
}
