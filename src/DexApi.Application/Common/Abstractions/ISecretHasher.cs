namespace DexApi.Application.Common.Abstractions;

/// <summary>
/// Digests of secrets the service generates itself (client secrets). They carry 256 bits or more of
/// randomness, so a fast digest is as safe as a slow hash and keeps the token endpoint fast.
/// </summary>
public interface ISecretHasher
{
    string Digest(string secret);

    /// <summary>Compares in constant time.</summary>
    bool Verify(string digest, string secret);
}
