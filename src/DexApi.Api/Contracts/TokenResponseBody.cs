using System.Text.Json.Serialization;

namespace DexApi.Api.Contracts;

/// <summary>A successful token response (RFC 6749, section 5.1).</summary>
public sealed record TokenResponseBody(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("id_token")] string IdToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken);
