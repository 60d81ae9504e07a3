using DexApi.Application.Common.Exceptions;
using DexApi.Application.Passwords.Commands.SetPassword;

namespace DexApi.Application.UnitTests.Passwords.Commands;

public sealed class SetPasswordCommandValidatorTests
{
    private readonly SetPasswordCommandValidator _validator = new();

    [Theory]
    [InlineData(8)]
    [InlineData(20)]
    [InlineData(128)]
    public void Validate_Passes_WhenPasswordHasEightToOneHundredTwentyEightCharacters(int length)
    {
        // Act
        var result = _validator.Validate(new SetPasswordCommand("token", new string('p', length)));

        // Assert
        Assert.True(result.IsValid);
    }

    [Theory]
    [InlineData(null, ErrorDescriptions.PasswordTooShort)]
    [InlineData(0, ErrorDescriptions.PasswordTooShort)]
    [InlineData(7, ErrorDescriptions.PasswordTooShort)]
    [InlineData(129, ErrorDescriptions.PasswordTooLong)]
    [InlineData(1000, ErrorDescriptions.PasswordTooLong)]
    public void Validate_FailsWithInvalidRequest_WhenPasswordLengthIsOutOfRange(int? length, string message)
    {
        // Arrange
        var password = length is null ? null : new string('p', length.Value);

        // Act
        var result = _validator.Validate(new SetPasswordCommand("token", password));

        // Assert
        var failure = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.InvalidRequest, failure.ErrorCode);
        Assert.Equal(message, failure.ErrorMessage);
    }
}
