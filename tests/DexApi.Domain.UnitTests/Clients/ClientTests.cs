using DexApi.Domain.Clients;

namespace DexApi.Domain.UnitTests.Clients;

public sealed class ClientTests
{
    private static Client NewClient(params string[] redirectUris) => new()
    {
        Id = "console@app.example.com",
        SecretDigest = "sha256:digest",
        RedirectUris = redirectUris,
        CreatedAt = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    [Theory]
    [InlineData("https://app.example.com/callback")]
    [InlineData("http://localhost:5555/callback")]
    [InlineData("HTTPS://app.example.com/callback")]
    public void HasRedirectUri_ReturnsTrue_WhenUrlMatchesARegisteredUri(string url)
    {
        // Arrange
        var client = NewClient("https://app.example.com/callback", "http://localhost:5555/callback");

        // Act
        var registered = client.HasRedirectUri(url);

        // Assert
        Assert.True(registered);
    }

    [Theory]
    [InlineData("https://app.example.com/callback/")]
    [InlineData("https://APP.example.com/callback")]
    [InlineData("https://app.example.com/callback?next=/")]
    [InlineData("http://localhost:5556/callback")]
    [InlineData("")]
    public void HasRedirectUri_ReturnsFalse_WhenUrlDiffersFromEveryRegisteredUri(string url)
    {
        // Arrange
        var client = NewClient("https://app.example.com/callback", "http://localhost:5555/callback");

        // Act
        var registered = client.HasRedirectUri(url);

        // Assert
        Assert.False(registered);
    }

    [Fact]
    public void HasRedirectUri_ReturnsFalse_WhenClientHasNoRedirectUris()
    {
        // Arrange
        var client = NewClient();

        // Act
        var registered = client.HasRedirectUri("https://app.example.com/callback");

        // Assert
        Assert.False(registered);
    }
}
