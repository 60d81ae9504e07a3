using DexApi.Application.Tokens;
using DexApi.Application.Tokens.Commands.IssueToken;

namespace DexApi.Application.UnitTests.Tokens.Commands;

public sealed class IssueTokenCommandValidatorTests
{
    private readonly IssueTokenCommandValidator _validator = new();

    [Theory]
    [InlineData(GrantTypes.ClientCredentials, null, null)]
    [InlineData(GrantTypes.ClientCredentials, "", "")]
    [InlineData(GrantTypes.Password, "jane@example.com", "a long password")]
    public void Validate_Passes_WhenGrantIsSupportedAndItsFieldsArePresent(
        string grantType,
        string? username,
        string? password)
    {
        // Act
        var result = _validator.Validate(new IssueTokenCommand(grantType, null, username, password));

        // Assert
        Assert.True(result.IsValid);
    }

    [Theory]
    [InlineData(null, null, null, ErrorCodes.InvalidRequest, "grant_type is required")]
    [InlineData("", "jane@example.com", "pw", ErrorCodes.InvalidRequest, "grant_type is required")]
    [InlineData("authorization_code", null, null, ErrorCodes.UnsupportedGrantType,
        "grant_type must be password, client_credentials or refresh_token")]
    [InlineData("PASSWORD", "jane@example.com", "pw", ErrorCodes.UnsupportedGrantType,
        "grant_type must be password, client_credentials or refresh_token")]
    [InlineData(GrantTypes.Password, null, "pw", ErrorCodes.InvalidRequest, "username is required")]
    [InlineData(GrantTypes.Password, "", "", ErrorCodes.InvalidRequest, "username is required")]
    [InlineData(GrantTypes.Password, "jane@example.com", null, ErrorCodes.InvalidRequest, "password is required")]
    [InlineData(GrantTypes.Password, "jane@example.com", "", ErrorCodes.InvalidRequest, "password is required")]
    public void Validate_FailsWithOneError_WhenGrantOrItsFieldsAreWrong(
        string? grantType,
        string? username,
        string? password,
        string errorCode,
        string message)
    {
        // Act
        var result = _validator.Validate(new IssueTokenCommand(grantType, null, username, password));

        // Assert
        var failure = Assert.Single(result.Errors);
        Assert.Equal(errorCode, failure.ErrorCode);
        Assert.Equal(message, failure.ErrorMessage);
    }
}
