using System.Security.Cryptography;
using System.Text;
using DexApi.Application.Common.Abstractions;
using DexApi.Infrastructure.Security;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace DexApi.Infrastructure.Tokens;

/// <summary>
/// The RSA keys that sign and verify tokens, read from the database and kept in memory. The newest key
/// signs; the keys before it still verify, so that tokens signed just before a rotation stay good. Each
/// refresh rotates when the newest key is older than the rotation period, on whichever node gets there
/// first; the others pick the new key up at their next refresh.
/// </summary>
public sealed class SigningKeyRing(
    SigningKeyRepository repository,
    MasterKey masterKey,
    TimeProvider clock,
    IOptions<KeyOptions> options)
    : IPublicKeySet, IDisposable
{
    private const string Purpose = "dexapi/signing-keys";
    private const int KeySizeInBits = 2048;
    // The newest key and the one before it; a third for when two nodes rotate at the same moment, so
    // that the key before the rotation is never crowded out while its tokens are still out there.
    private const int KeysKept = 3;

    private readonly Lazy<byte[]> _encryptionKey = new(() => masterKey.Derive(Purpose));
    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private readonly SemaphoreSlim _refreshRequested = new(0, 1);
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

    /// <summary>Reads the keys again, first adding a new one when none is younger than the rotation period.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _loadLock.WaitAsync(cancellationToken);
        try
        {
            var stored = await repository.ListNewestFirstAsync(cancellationToken);
            var rotationDue = clock.GetUtcNow().ToUnixTimeSeconds() - options.Value.RotationPeriod.TotalSeconds;
            if (stored.Count == 0 || stored[0].CreatedAt <= rotationDue)
            {
                await repository.AddAsync(CreateKey(), cancellationToken);
                // Another node may have added one at the same moment: read back what the database holds.
                stored = await repository.ListNewestFirstAsync(cancellationToken);
            }

            var loaded = _keys.ToDictionary(key => key.KeyId, StringComparer.Ordinal);
            _keys = stored.Take(KeysKept)
                .Select(key => loaded.GetValueOrDefault(key.KeyId) ?? Unseal(key))
                .ToArray();
        }
        finally
        {
            _loadLock.Release();
        }
    }

    /// <summary>Asks for a refresh soon, as when a token names a key this node has not loaded yet.</summary>
    public void RequestRefresh()
    {
        if (_refreshRequested.CurrentCount == 0)
        {
            try
            {
                _refreshRequested.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another request got there first; one refresh serves both.
            }
        }
    }

    /// <summary>Waits until a refresh is requested or <paramref name="interval"/> has passed.</summary>
    public Task WaitForRefreshAsync(TimeSpan interval, CancellationToken cancellationToken)
        => _refreshRequested.WaitAsync(interval, cancellationToken);

    public void Dispose()
    {
        _loadLock.Dispose();
        _refreshRequested.Dispose();
    }

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
