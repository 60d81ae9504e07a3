using DexApi.Application.Common.Exceptions;
using DexApi.Application.Users.Commands.CreateUser;

namespace DexApi.Application.UnitTests.Users.Commands;

public sealed class CreateUserCommandValidatorTests
{
    private const string RedirectUrl = "https://app.example.com/callback";

    private readonly CreateUserCommandValidator _validator = new();

    private static NewUser UserWithEmail(string? email)
        => new(email, "Jane", EmailVerified: false, Admin: false, Disabled: false);

    [Theory]
    [InlineData("jane@example.com", RedirectUrl)]
    [InlineData("Jane@Example.COM", RedirectUrl)]
    [InlineData("a@b", RedirectUrl)]
    [InlineData("jane@example.com", null)]
    [InlineData("jane@example.com", "")]
    public void Validate_Passes_WhenUserHasOneBareEmailAndRedirectUrlParses(string email, string? redirectUrl)
    {
        // Act
        var result = _validator.Validate(new CreateUserCommand(UserWithEmail(email), redirectUrl));

        // Assert
        Assert.True(result.IsValid);
    }

    [Theory]
    [InlineData(RedirectUrl)]
    [InlineData("http://[::1")]
    public void Validate_FailsWithUserRequired_WhenUserIsMissing(string redirectUrl)
    {
        // Act
        var result = _validator.Validate(new CreateUserCommand(null, redirectUrl));

        // Assert
        var failure = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.InvalidRequest, failure.ErrorCode);
        Assert.Equal(ErrorDescriptions.UserRequired, failure.ErrorMessage);
    }

    [Theory]
    [InlineData("http://[::1")]
    [InlineData("http://a b.com/callback")]
    public void Validate_FailsWithInvalidRequest_WhenRedirectUrlDoesNotParse(string redirectUrl)
    {
        // Act
        var result = _validator.Validate(new CreateUserCommand(UserWithEmail("not an email"), redirectUrl));

        // Assert
        var failure = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.InvalidRequest, failure.ErrorCode);
        Assert.Equal(ErrorDescriptions.InvalidRedirectUrlSyntax, failure.ErrorMessage);
    }
}
