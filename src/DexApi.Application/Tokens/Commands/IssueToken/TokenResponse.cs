namespace DexApi.Application.Tokens.Commands.IssueToken;

/// <summary>A successful token response. The access token and the ID token are the same JWT, as in Dex.</summary>
public sealed record TokenResponse(string AccessToken, string IdToken, string TokenType, int ExpiresIn);
