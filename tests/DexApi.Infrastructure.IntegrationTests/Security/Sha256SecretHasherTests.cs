using DexApi.Infrastructure.Security;

namespace DexApi.Infrastructure.IntegrationTests.Security;

public sealed class Sha256SecretHasherTests
{
    private readonly Sha256SecretHasher _hasher = new();

    [Fact]
    public void Digest_WritesVersionedBase64Sha256_WhenGivenASecret()
    {
        // Act
        var digest = _hasher.Digest("abc");

        // Assert: SHA-256("abc") is ba7816bf...f20015ad (FIPS 180-2, appendix B.1).
        Assert.Equal("sha256:ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=", digest);
    }

    [Fact]
    public void Verify_ReturnsTrue_WhenSecretMatchesTheDigest()
    {
        // Arrange
        var digest = _hasher.Digest("client-secret");

        // Act
        var verified = _hasher.Verify(digest, "client-secret");

        // Assert
        Assert.True(verified);
    }

    [Theory]
    [InlineData("client-secreT")]
    [InlineData("client-secret ")]
    [InlineData("")]
    public void Verify_ReturnsFalse_WhenSecretDiffers(string presented)
    {
        // Arrange
        var digest = _hasher.Digest("client-secret");

        // Act
        var verified = _hasher.Verify(digest, presented);

        // Assert
        Assert.False(verified);
    }

    [Theory]
    [InlineData("")]
    [InlineData("sha256:")]
    [InlineData("client-secret")]
    public void Verify_ReturnsFalse_WhenStoredDigestIsMalformed(string digest)
    {
        // Act
        var verified = _hasher.Verify(digest, "client-secret");

        // Assert
        Assert.False(verified);
    }
}
