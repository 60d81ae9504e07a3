using System.Security.Cryptography;
using DexApi.Application.Common.Abstractions;
using DexApi.Domain.Clients;
using DexApi.Domain.RefreshTokens;

namespace DexApi.Application.Tokens.Grants;

/// <summary>Makes refresh tokens: 256 random bits handed out once, kept only as a digest.</summary>
public sealed class RefreshTokenMinter(ISecretHasher secretHasher, TimeProvider clock)
{
    /// <summary>A token that starts a new family (a sign-in).</summary>
    public (RefreshToken Token, string Value) StartFamily(string userId, string clientId, IReadOnlyList<string> scopes)
        => Mint(Guid.NewGuid().ToString("N"), userId, clientId, scopes);

    /// <summary>The successor of <paramref name="current"/> in its family, with the same grant.</summary>
    public (RefreshToken Token, string Value) Succeed(RefreshToken current)
        => Mint(current.FamilyId, current.UserId, current.ClientId, current.Scopes);

    public string DigestOf(string value) => secretHasher.Digest(value);

    private (RefreshToken Token, string Value) Mint(
        string familyId,
        string userId,
        string clientId,
        IReadOnlyList<string> scopes)
    {
        var value = Base64Url.EncodePadded(RandomNumberGenerator.GetBytes(32)).TrimEnd('=');
        var token = new RefreshToken
        {
            Id = Guid.NewGuid().ToString("N"),
            FamilyId = familyId,
            UserId = userId,
            ClientId = clientId,
            TokenDigest = DigestOf(value),
            Scopes = scopes,
            IssuedAt = clock.GetUtcNow(),
        };
        return (token, value);
    }
}
