namespace DexApi.Application.Common.Abstractions;

/// <summary>The public halves of the keys whose signatures the service accepts.</summary>
public interface IPublicKeySet
{
    /// <summary>Every verification key, the signing one first.</summary>
    IReadOnlyList<PublicJsonWebKey> GetPublicKeys();
}

/// <summary>An RSA public key as RFC 7517 writes it.</summary>
/// <param name="KeyId">The <c>kid</c>.</param>
/// <param name="Modulus">The <c>n</c>, base64url.</param>
/// <param name="Exponent">The <c>e</c>, base64url.</param>
public sealed record PublicJsonWebKey(string KeyId, string Modulus, string Exponent);
