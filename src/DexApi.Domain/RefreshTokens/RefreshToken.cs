namespace DexApi.Domain.RefreshTokens;

/// <summary>
/// A refresh token a user granted to a client. Only a digest of the token's value is kept. Every use
/// rotates it: the token is marked rotated and a successor in the same family takes its place, so a
/// token presented after its rotation shows that it was copied.
/// </summary>
public sealed class RefreshToken
{
    public required string Id { get; init; }

    /// <summary>All tokens descended from one sign-in share a family and are revoked together.</summary>
    public required string FamilyId { get; init; }

    public required string UserId { get; init; }

    public required string ClientId { get; init; }

    public required string TokenDigest { get; init; }

    /// <summary>The scopes granted at sign-in, in the order they were asked for.</summary>
    public required IReadOnlyList<string> Scopes { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    public DateTimeOffset? LastUsedAt { get; init; }

    /// <summary>When this token was exchanged for its successor.</summary>
    public DateTimeOffset? RotatedAt { get; init; }

    /// <summary>The id of the token that replaced this one when it was rotated.</summary>
    public string? ReplacedBy { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public bool IsLive => RotatedAt is null && RevokedAt is null;
}
