using DexApi.Domain.RefreshTokens;

namespace DexApi.Application.Common.Abstractions;

/// <summary>Storage of refresh tokens, found by the digest of their value.</summary>
public interface IRefreshTokenRepository
{
    Task<RefreshToken?> GetByDigestAsync(string tokenDigest, CancellationToken cancellationToken);

    Task AddAsync(RefreshToken token, CancellationToken cancellationToken);

    /// <summary>
    /// Marks <paramref name="current"/> rotated and stores <paramref name="successor"/>, atomically, but only
    /// while <paramref name="current"/> is still live. Returns false when another exchange rotated it first.
    /// </summary>
    Task<bool> RotateAsync(RefreshToken current, RefreshToken successor, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Within the reuse grace: revokes the live successor of <paramref name="rotated"/> and stores
    /// <paramref name="replacement"/> in its place, atomically. Returns false when there was no live successor.
    /// </summary>
    Task<bool> ReplaceSuccessorAsync(RefreshToken rotated, RefreshToken replacement, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Revokes every live token of a family, as when a rotated token comes back.</summary>
    Task RevokeFamilyAsync(string familyId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Revokes every live token a user granted to a client; returns how many.</summary>
    Task<int> RevokeForClientAsync(string userId, string clientId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The ids of the clients that hold at least one live token of the user, ordered by id.</summary>
    Task<IReadOnlyList<string>> ListClientIdsWithLiveTokensAsync(string userId, CancellationToken cancellationToken);
}
