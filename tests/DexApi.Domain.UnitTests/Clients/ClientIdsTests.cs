using DexApi.Domain.Clients;

namespace DexApi.Domain.UnitTests.Clients;

public sealed class ClientIdsTests
{
    [Theory]
    [InlineData("https://app.example.com/callback", "app.example.com")]
    [InlineData("https://app.example.com:8443/callback", "app.example.com")]
    [InlineData("http://127.0.0.1:5555/callback?x=1", "127.0.0.1")]
    public void Generate_ReturnsPaddedBase64UrlAndHostWithoutPort_WhenGivenARedirectUri(string redirectUri, string host)
    {
        // Act
        var id = ClientIds.Generate(redirectUri);

        // Assert
        var at = id.IndexOf('@', StringComparison.Ordinal);
        Assert.Equal(44, at);
        Assert.Matches("^[A-Za-z0-9_-]{43}=$", id[..at]);
        Assert.Equal(host, id[(at + 1)..]);
        Assert.Equal(32, Convert.FromBase64String(id[..at].Replace('-', '+').Replace('_', '/')).Length);
    }

    [Fact]
    public void Generate_ReturnsDifferentIds_WhenCalledTwice()
    {
        // Act
        var first = ClientIds.Generate("https://app.example.com/callback");
        var second = ClientIds.Generate("https://app.example.com/callback");

        // Assert
        Assert.NotEqual(first, second);
    }
}
