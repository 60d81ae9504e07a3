using MediatR;

namespace DexApi.Application.Tokens.Commands.IssueToken;

/// <summary>A token request of RFC 6749, with the client's credentials already taken from wherever they came.</summary>
/// <param name="GrantType">The <c>grant_type</c> form field.</param>
/// <param name="Client">The client's credentials, or null when the request carried none.</param>
/// <param name="Username">For the password grant: the user's email.</param>
/// <param name="Password">For the password grant: the user's password.</param>
/// <param name="Scope">Space-separated scopes; <c>offline_access</c> asks for a refresh token.</param>
/// <param name="RefreshToken">For the refresh-token grant: the token to exchange.</param>
public sealed record IssueTokenCommand(
    string? GrantType,
    ClientCredentials? Client,
    string? Username,
    string? Password,
    string? Scope = null,
    string? RefreshToken = null) : IRequest<TokenResponse>;

/// <summary>A client id and secret as presented.</summary>
public sealed record ClientCredentials(string ClientId, string ClientSecret);
