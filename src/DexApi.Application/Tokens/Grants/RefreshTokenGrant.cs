using DexApi.Application.Common.Abstractions;
using DexApi.Application.Common.Exceptions;
using DexApi.Application.Tokens.Commands.IssueToken;
using DexApi.Domain.Clients;
using DexApi.Domain.RefreshTokens;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DexApi.Application.Tokens.Grants;

/// <summary>
/// The refresh-token grant with rotation: each exchange retires the presented token and hands out its
/// successor. A retired token that comes back means a copy is in other hands, so its whole family dies,
/// except for a same-client retry within the configured grace.
/// </summary>
public sealed partial class RefreshTokenGrant(
    IRefreshTokenRepository refreshTokens,
    IUserRepository users,
    IAccessTokenIssuer tokenIssuer,
    RefreshTokenMinter minter,
    TimeProvider clock,
    IOptions<TokenOptions> options,
    ILogger<RefreshTokenGrant> logger)
{
    private const string InvalidToken = "the refresh token is invalid, expired or revoked";

    public async Task<TokenResponse> ExchangeAsync(
        Client client,
        IssueTokenCommand request,
        CancellationToken cancellationToken)
    {
        var presented = await refreshTokens.GetByDigestAsync(minter.DigestOf(request.RefreshToken!), cancellationToken);
        if (presented is null || presented.RevokedAt is not null
            || !string.Equals(presented.ClientId, client.Id, StringComparison.Ordinal))
        {
            throw InvalidGrant();
        }

        var user = await users.GetByIdAsync(presented.UserId, cancellationToken);
        if (user is null || user.Disabled)
        {
            throw InvalidGrant();
        }

        var requested = Scopes.Parse(request.Scope);
        if (requested.Any(scope => !presented.Scopes.Contains(scope)))
        {
            throw new OAuthException(ErrorCodes.InvalidScope, "the requested scope exceeds the scope originally granted");
        }

        var now = clock.GetUtcNow();
        var successor = minter.Succeed(presented);
        if (presented.RotatedAt is { } rotatedAt)
        {
            await HandleReuseAsync(presented, successor.Token, now - rotatedAt, now, cancellationToken);
        }
        else if (!await refreshTokens.RotateAsync(presented, successor.Token, now, cancellationToken))
        {
            // Another exchange of this very token won the race; this one is the loser, not a thief.
            throw InvalidGrant();
        }

        var issued = await tokenIssuer.IssueForUserAsync(user, client, cancellationToken);
        return new TokenResponse(issued.Value, issued.Value, "bearer", (int)issued.Lifetime.TotalSeconds, successor.Value);
    }

    /// <summary>
    /// A rotated token came back. Within the grace it is a retry whose answer was lost: its successor is
    /// replaced by a new one. Past the grace it is a replay: the family is revoked.
    /// </summary>
    private async Task HandleReuseAsync(
        RefreshToken presented,
        RefreshToken replacement,
        TimeSpan sinceRotation,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        // Limitation: rotation times are stored in whole seconds, so the grace can end up to a second early.
        var grace = options.Value.RefreshReuseGrace;
        if (grace > TimeSpan.Zero && sinceRotation <= grace
            && await refreshTokens.ReplaceSuccessorAsync(presented, replacement, now, cancellationToken))
        {
            return;
        }

        await refreshTokens.RevokeFamilyAsync(presented.FamilyId, now, cancellationToken);
        LogReplayDetected(logger, presented.FamilyId, presented.UserId, presented.ClientId);
        throw InvalidGrant();
    }

    private static OAuthException InvalidGrant() => new(ErrorCodes.InvalidGrant, InvalidToken);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning,
        Message = "Rotated refresh token replayed: revoked family {FamilyId} of user {UserId} for client {ClientId}")]
    private static partial void LogReplayDetected(ILogger logger, string familyId, string userId, string clientId);
}
