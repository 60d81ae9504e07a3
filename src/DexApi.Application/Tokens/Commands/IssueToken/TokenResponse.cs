namespace DexApi.Application.Tokens.Commands.IssueToken;

/// <summary>
/// A successful token response. The access token and the ID token are the same JWT, as in Dex. A refresh
/// token comes only with the <c>offline_access</c> scope, and with every refresh.
/// </summary>
public sealed record TokenResponse(
    string AccessToken,
    string IdToken,
    string TokenType,
    int ExpiresIn,
    string? RefreshToken = null);
