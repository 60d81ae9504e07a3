using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Application.Tokens.Commands.IssueToken;
using DexApi.Domain.Clients;
using DexApi.Domain.Users;
using Microsoft.Extensions.Options;

namespace DexApi.Application.Tokens.Grants;

/// <summary>The resource-owner password grant: the user's email and password, through a client.</summary>
public sealed class PasswordGrant(
    IUserRepository users,
    IPasswordHasher passwordHasher,
    IAccessTokenIssuer tokenIssuer,
    IRefreshTokenRepository refreshTokens,
    RefreshTokenMinter minter,
    IRequestRateLimiter rateLimiter,
    IOptions<TokenOptions> options)
{
    private const string InvalidCredentials = "invalid username or password";
    private const string TooManyFailures = "too many wrong passwords for this username; try again later";

    public async Task<TokenResponse> ExchangeAsync(
        Client client,
        IssueTokenCommand request,
        CancellationToken cancellationToken)
    {
        if (!options.Value.PasswordGrantEnabled)
        {
            throw new OAuthException(ErrorCodes.UnsupportedGrantType, "the password grant is turned off");
        }

        // Wrong passwords are counted per username as typed, whether or not the account exists, so that the
        // pause says nothing about which accounts exist either.
        var username = request.Username!.Trim();
        if (rateLimiter.IsExhausted(RateLimitedAction.FailedPasswordsPerUsername, username))
        {
            throw new OAuthException(ErrorCodes.InvalidGrant, TooManyFailures);
        }

        // Unknown accounts, missing passwords, disabled users and wrong passwords get one answer, after the
        // same work, so that neither the answer nor its timing reveals which accounts exist.
        var user = EmailAddress.TryParse(request.Username, out var email)
            ? await users.GetByEmailAsync(email.Value, cancellationToken)
            : null;
        var check = passwordHasher.Verify(user?.PasswordHash, request.Password!);
        if (user is null || !user.CanSignIn || check == PasswordCheck.Failed)
        {
            rateLimiter.TryAcquire(RateLimitedAction.FailedPasswordsPerUsername, username);
            throw new OAuthException(ErrorCodes.InvalidGrant, InvalidCredentials);
        }

        if (check == PasswordCheck.SucceededRehashNeeded)
        {
            await users.UpdatePasswordHashAsync(user.Id, passwordHasher.Hash(request.Password!), cancellationToken);
        }

        var issued = await tokenIssuer.IssueForUserAsync(user, client, cancellationToken);
        var scopes = Scopes.Parse(request.Scope);
        string? refreshToken = null;
        if (scopes.Contains(Scopes.OfflineAccess))
        {
            var (token, value) = minter.StartFamily(user.Id, client.Id, scopes);
            await refreshTokens.AddAsync(token, cancellationToken);
            refreshToken = value;
        }

        return new TokenResponse(issued.Value, issued.Value, "bearer", (int)issued.Lifetime.TotalSeconds, refreshToken);
    }
}
