using DexApi.Domain.Users;

namespace DexApi.Domain.UnitTests.Users;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("a@b", "a@b")]
    [InlineData("jane.doe@example.com", "jane.doe@example.com")]
    [InlineData("Jane.Doe@Example.COM", "jane.doe@example.com")]
    [InlineData("\"jane doe\"@example.com", "\"jane doe\"@example.com")]
    public void TryParse_ReturnsLowerCasedAddress_WhenInputIsOneBareAddress(string input, string expected)
    {
        // Act
        var parsed = EmailAddress.TryParse(input, out var email);

        // Assert
        Assert.True(parsed);
        Assert.Equal(expected, email!.Value);
        Assert.Equal(expected, email.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("plainaddress")]
    [InlineData("a@@b")]
    [InlineData("\"\"")]
    [InlineData(" jane@example.com")]
    [InlineData("jane@example.com ")]
    [InlineData("jane@example.com\n")]
    [InlineData("Jane <jane@example.com>")]
    [InlineData("<jane@example.com>")]
    [InlineData("jane(comment)@example.com")]
    [InlineData("(comment)jane@example.com")]
    [InlineData("jane@example.com(comment)")]
    [InlineData("a b@example.com")]
    [InlineData("x@y.com z")]
    [InlineData("jane@example.com, joe@example.com")]
    public void TryParse_ReturnsFalse_WhenInputIsNotOneBareAddress(string? input)
    {
        // Act
        var parsed = EmailAddress.TryParse(input, out var email);

        // Assert
        Assert.False(parsed);
        Assert.Null(email);
    }

    [Fact]
    public void TryParse_AcceptsAddress_WhenItHasTheMaximumLength()
    {
        // Arrange
        var input = new string('x', EmailAddress.MaxLength - "@example.com".Length) + "@example.com";

        // Act
        var parsed = EmailAddress.TryParse(input, out var email);

        // Assert
        Assert.Equal(254, input.Length);
        Assert.True(parsed);
        Assert.Equal(input, email!.Value);
    }

    [Fact]
    public void TryParse_ReturnsFalse_WhenAddressIsOneCharacterTooLong()
    {
        // Arrange
        var input = new string('x', EmailAddress.MaxLength + 1 - "@example.com".Length) + "@example.com";

        // Act
        var parsed = EmailAddress.TryParse(input, out var email);

        // Assert
        Assert.Equal(255, input.Length);
        Assert.False(parsed);
        Assert.Null(email);
    }
}
