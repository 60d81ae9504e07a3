using System.Security.Cryptography;
using System.Text;
using DexApi.Application.Common.Abstractions;
using DexApi.Infrastructure.Security;
using Microsoft.IdentityModel.Tokens;

namespace DexApi.Infrastructure.Tokens;

/// <summary>
/// The RSA keys that sign and verify tokens, loaded from the database and kept in memory. The newest key
/// signs; every loaded key verifies. A database without keys gets one on first load.
/// </summary>
// Limitation: keys are not rotated on a schedule yet and are loaded once at start-up; a key added by
// another node is seen after a restart. One key signs until an operator adds another.
public sealed class SigningKeyRing(SigningKeyRepository repository, MasterKey masterKey, TimeProvider clock)
    : IPublicKeySet, IDisposable
{
    private const string Purpose = "dexapi/signing-keys";
    private const int KeySizeInBits = 2048;

    private readonly Lazy<byte[]> _encryptionKey = new(() => masterKey.Derive(Purpose));
    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private volatile RsaSecurityKey[] _keys = [];

    /// <summary>The key that signs new tokens.</summary>
    public RsaSecurityKey Active => _keys.Length > 0
        ? _keys[0]
        : throw new InvalidOperationException("Signing keys are used before they were loaded.");

    /// <summary>Every key whose signatures are still accepted, newest first.</summary>
    public IReadOnlyList<RsaSecurityKey> ValidationKeys => _keys;

    public IReadOnlyList<PublicJsonWebKey> GetPublicKeys()
        => _keys.Select(key =>
            {
                var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
                return new PublicJsonWebKey(
                    key.KeyId,
                    Base64UrlEncoder.Encode(parameters.Modulus),
                    Base64UrlEncoder.Encode(parameters.Exponent));
            })
            .ToList();

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await _loadLock.WaitAsync(cancellationToken);
        try
        {
            var stored = await repository.ListNewestFirstAsync(cancellationToken);
            if (stored.Count == 0)
            {
                await repository.AddAsync(CreateKey(), cancellationToken);
                // Another node may have added one at the same moment: read back what the database holds.
                stored = await repository.ListNewestFirstAsync(cancellationToken);
            }

            _keys = stored.Select(Unseal).ToArray();
        }
        finally
        {
            _loadLock.Release();
        }
    }

    public void Dispose() => _loadLock.Dispose();

    private StoredSigningKey CreateKey()
    {
        using var rsa = RSA.Create(KeySizeInBits);
        var keyId = KeyIdOf(rsa.ExportParameters(includePrivateParameters: false));
        var sealedKey = AuthenticatedEncryption.Seal(
            _encryptionKey.Value,
            rsa.ExportPkcs8PrivateKey(),
            Encoding.UTF8.GetBytes(keyId));
        return new StoredSigningKey
        {
            KeyId = keyId,
            Algorithm = SecurityAlgorithms.RsaSha256,
            ProtectedPrivateKey = Convert.ToBase64String(sealedKey),
            CreatedAt = clock.GetUtcNow().ToUnixTimeSeconds(),
        };
    }

    private RsaSecurityKey Unseal(StoredSigningKey stored)
    {
        var pkcs8 = AuthenticatedEncryption.Open(
            _encryptionKey.Value,
            Convert.FromBase64String(stored.ProtectedPrivateKey),
            Encoding.UTF8.GetBytes(stored.KeyId))
            ?? throw new InvalidOperationException(
                $"Signing key {stored.KeyId} cannot be decrypted: the master key differs from the one that sealed it.");

        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(pkcs8, out _);
        CryptographicOperations.ZeroMemory(pkcs8);
        return new RsaSecurityKey(rsa) { KeyId = stored.KeyId };
    }

    /// <summary>The RFC 7638 thumbprint of the public key, base64url: stable and derived from the key alone.</summary>
    private static string KeyIdOf(RSAParameters publicKey)
    {
        var jwk = new JsonWebKey
        {
            Kty = JsonWebAlgorithmsKeyTypes.RSA,
            N = Base64UrlEncoder.Encode(publicKey.Modulus),
            E = Base64UrlEncoder.Encode(publicKey.Exponent),
        };
        return Base64UrlEncoder.Encode(jwk.ComputeJwkThumbprint());
    }
}
