using System.Security.Cryptography;

namespace DexApi.Infrastructure.Security;

/// <summary>AES-256-GCM with a random nonce: the output is nonce, ciphertext and tag, in that order.</summary>
public static class AuthenticatedEncryption
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static byte[] Seal(byte[] key, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var output = new byte[NonceSize + plaintext.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(
            nonce,
            plaintext,
            output.AsSpan(NonceSize, plaintext.Length),
            output.AsSpan(NonceSize + plaintext.Length),
            associatedData);
        return output;
    }

    /// <summary>Returns null when the data was not sealed with this key and associated data.</summary>
    public static byte[]? Open(byte[] key, ReadOnlySpan<byte> sealedData, ReadOnlySpan<byte> associatedData)
    {
        if (sealedData.Length < NonceSize + TagSize)
        {
            return null;
        }

        var plaintext = new byte[sealedData.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        try
        {
            aes.Decrypt(
                sealedData[..NonceSize],
                sealedData.Slice(NonceSize, plaintext.Length),
                sealedData[^TagSize..],
                plaintext,
                associatedData);
            return plaintext;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }
}
