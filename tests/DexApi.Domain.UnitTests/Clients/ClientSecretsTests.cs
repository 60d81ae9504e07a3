using DexApi.Domain.Clients;

namespace DexApi.Domain.UnitTests.Clients;

public sealed class ClientSecretsTests
{
    [Fact]
    public void Generate_ReturnsNinetySixBase64UrlCharactersOf72Bytes_WhenCalled()
    {
        // Act
        var secret = ClientSecrets.Generate();

        // Assert
        Assert.Matches("^[A-Za-z0-9_-]{96}$", secret);
        Assert.Equal(72, Convert.FromBase64String(secret.Replace('-', '+').Replace('_', '/')).Length);
    }

    [Fact]
    public void Generate_ReturnsDifferentSecrets_WhenCalledTwice()
    {
        // Act
        var first = ClientSecrets.Generate();
        var second = ClientSecrets.Generate();

        // Assert
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void GeneratePassword_ReturnsTwentyFourBase64UrlCharacters_WhenCalled()
    {
        // Act
        var password = ClientSecrets.GeneratePassword();

        // Assert
        Assert.Matches("^[A-Za-z0-9_-]{24}$", password);
        Assert.NotEqual(password, ClientSecrets.GeneratePassword());
    }
}
