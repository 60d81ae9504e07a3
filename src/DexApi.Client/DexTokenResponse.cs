using System.Text.Json.Serialization;

namespace DexApi.Client;

/// <summary>A successful answer of the token endpoint (RFC 6749, section 5.1).</summary>
/// <param name="AccessToken">The bearer token for the API.</param>
/// <param name="IdToken">The OpenID Connect ID token; the API accepts it as a bearer token too.</param>
/// <param name="TokenType">Always <c>bearer</c>.</param>
/// <param name="ExpiresIn">Seconds until the access token expires.</param>
/// <param name="RefreshToken">Present when the <c>offline_access</c> scope was granted.</param>
public sealed record DexTokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("id_token")] string IdToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken);
