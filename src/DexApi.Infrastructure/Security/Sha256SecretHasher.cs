using System.Security.Cryptography;
using System.Text;
using DexApi.Application.Common.Abstractions;

namespace DexApi.Infrastructure.Security;

/// <summary>Versioned SHA-256 digests (<c>sha256:&lt;base64&gt;</c>) of generated, high-entropy secrets.</summary>
public sealed class Sha256SecretHasher : ISecretHasher
{
    private const string Prefix = "sha256:";

    public string Digest(string secret)
        => Prefix + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public bool Verify(string digest, string secret)
    {
        var expected = Encoding.ASCII.GetBytes(digest);
        var actual = Encoding.ASCII.GetBytes(Digest(secret));
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
