using DexApi.Domain.Clients;

namespace DexApi.Domain.UnitTests.Clients;

public sealed class RedirectUriTests
{
    [Theory]
    [InlineData("http://localhost")]
    [InlineData("http://127.0.0.1:5555/callback")]
    [InlineData("https://app.example.com/callback")]
    [InlineData("https://app.example.com:8443/callback?tenant=1")]
    [InlineData("HTTPS://app.example.com/callback")]
    public void IsAcceptable_ReturnsTrue_WhenUriIsAbsoluteHttpWithHostAndNoFragment(string value)
    {
        // Act
        var acceptable = RedirectUri.IsAcceptable(value);

        // Assert
        Assert.True(acceptable);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("app.example.com/callback")]
    [InlineData("/callback")]
    [InlineData("http://")]
    [InlineData("ftp://app.example.com/callback")]
    [InlineData("file:///tmp/callback")]
    [InlineData("mailto:jane@example.com")]
    [InlineData("https://app.example.com/callback#section")]
    [InlineData("https://app.example.com/callback#")]
    public void IsAcceptable_ReturnsFalse_WhenUriIsNotAbsoluteHttpWithHostAndNoFragment(string? value)
    {
        // Act
        var acceptable = RedirectUri.IsAcceptable(value);

        // Assert
        Assert.False(acceptable);
    }

    [Theory]
    [InlineData("https://app.example.com/callback", "https://app.example.com/callback")]
    [InlineData("https://app.example.com/callback", "HTTPS://app.example.com/callback")]
    [InlineData("HtTp://app.example.com/callback?a=1", "http://app.example.com/callback?a=1")]
    public void AreEqual_ReturnsTrue_WhenUrlsDifferOnlyInSchemeCase(string registered, string candidate)
    {
        // Act
        var equal = RedirectUri.AreEqual(registered, candidate);

        // Assert
        Assert.True(equal);
    }

    [Theory]
    [InlineData("https://app.example.com/callback", "https://app.example.com/callback/")]
    [InlineData("https://app.example.com/callback/", "https://app.example.com/callback")]
    [InlineData("https://app.example.com/callback", "https://App.Example.com/callback")]
    [InlineData("https://app.example.com/callback", "https://app.example.com/Callback")]
    [InlineData("https://app.example.com/callback", "https://app.example.com/callback?a=1")]
    [InlineData("https://app.example.com/callback?a=1", "https://app.example.com/callback?a=2")]
    [InlineData("https://app.example.com/callback", "https://app.example.com:443/callback")]
    [InlineData("https://app.example.com/callback", "http://app.example.com/callback")]
    [InlineData("https://app.example.com/callback", "")]
    [InlineData("", "")]
    [InlineData("https://app.example.com/callback", "app.example.com/callback")]
    public void AreEqual_ReturnsFalse_WhenUrlsDifferBeyondSchemeCase(string registered, string candidate)
    {
        // Act
        var equal = RedirectUri.AreEqual(registered, candidate);

        // Assert
        Assert.False(equal);
    }
}
