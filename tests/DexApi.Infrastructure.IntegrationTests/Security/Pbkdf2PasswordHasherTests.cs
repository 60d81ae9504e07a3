using DexApi.Application.Common.Abstractions;
using DexApi.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DexApi.Infrastructure.IntegrationTests.Security;

public sealed class Pbkdf2PasswordHasherTests
{
    private const string Password = "correct horse battery staple";

    private readonly Pbkdf2PasswordHasher _hasher = new();

    [Fact]
    public void Verify_Succeeds_WhenPasswordMatchesItsHash()
    {
        // Arrange
        var hash = _hasher.Hash(Password);

        // Act
        var check = _hasher.Verify(hash, Password);

        // Assert
        Assert.Equal(PasswordCheck.Succeeded, check);
        Assert.DoesNotContain(Password, hash, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("correct horse battery staplE")]
    [InlineData("")]
    public void Verify_Fails_WhenPasswordDiffers(string presented)
    {
        // Arrange
        var hash = _hasher.Hash(Password);

        // Act
        var check = _hasher.Verify(hash, presented);

        // Assert
        Assert.Equal(PasswordCheck.Failed, check);
    }

    [Fact]
    public void Verify_Fails_WhenThereIsNoStoredHash()
    {
        // Act
        var check = _hasher.Verify(null, Password);

        // Assert
        Assert.Equal(PasswordCheck.Failed, check);
    }

    [Fact]
    public void Hash_SaltsEachHash_WhenSamePasswordIsHashedTwice()
    {
        // Act
        var first = _hasher.Hash(Password);
        var second = _hasher.Hash(Password);

        // Assert
        Assert.NotEqual(first, second);
        Assert.Equal(PasswordCheck.Succeeded, _hasher.Verify(second, Password));
    }

    [Fact]
    public void Verify_AsksForRehash_WhenHashUsesOlderSettings()
    {
        // Arrange
        var legacyOptions = new PasswordHasherOptions
        {
            CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV2,
        };
        var legacy = new PasswordHasher<object>(Options.Create(legacyOptions));
        var oldHash = legacy.HashPassword(new object(), Password);

        // Act
        var check = _hasher.Verify(oldHash, Password);

        // Assert
        Assert.Equal(PasswordCheck.SucceededRehashNeeded, check);
    }
}
