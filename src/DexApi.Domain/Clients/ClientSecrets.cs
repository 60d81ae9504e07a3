using System.Security.Cryptography;

namespace DexApi.Domain.Clients;

/// <summary>Generated secrets: shown once, then kept only as digests.</summary>
public static class ClientSecrets
{
    /// <summary>A client secret in Dex's shape: 72 random bytes, base64url with padding (96 characters).</summary>
    public static string Generate() => Base64Url.EncodePadded(RandomNumberGenerator.GetBytes(72));

    /// <summary>A password for a generated admin account: 24 characters, 144 bits.</summary>
    public static string GeneratePassword() => Base64Url.EncodePadded(RandomNumberGenerator.GetBytes(18));
}
