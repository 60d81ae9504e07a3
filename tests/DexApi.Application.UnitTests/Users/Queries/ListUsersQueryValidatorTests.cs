using DexApi.Application.Common.Exceptions;
using DexApi.Application.Users.Queries.ListUsers;

namespace DexApi.Application.UnitTests.Users.Queries;

public sealed class ListUsersQueryValidatorTests
{
    private readonly ListUsersQueryValidator _validator = new();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("20")]
    [InlineData("+5")]
    [InlineData("100")]
    public void Validate_Passes_WhenMaxResultsIsAbsentOrBetweenOneAndOneHundred(string? maxResults)
    {
        // Act
        var result = _validator.Validate(new ListUsersQuery(maxResults, null));

        // Assert
        Assert.True(result.IsValid);
    }

    [Theory]
    [InlineData("abc", ErrorCodes.InvalidRequest, ErrorDescriptions.MaxResultsNotInteger)]
    [InlineData("1.5", ErrorCodes.InvalidRequest, ErrorDescriptions.MaxResultsNotInteger)]
    [InlineData(" 5", ErrorCodes.InvalidRequest, ErrorDescriptions.MaxResultsNotInteger)]
    [InlineData("99999999999", ErrorCodes.MaxResultsTooHigh, ErrorDescriptions.MaxResultsTooHigh)]
    [InlineData("0", ErrorCodes.InvalidRequest, ErrorDescriptions.MaxResultsTooLow)]
    [InlineData("-1", ErrorCodes.InvalidRequest, ErrorDescriptions.MaxResultsTooLow)]
    [InlineData("101", ErrorCodes.MaxResultsTooHigh, ErrorDescriptions.MaxResultsTooHigh)]
    public void Validate_FailsWithOneError_WhenMaxResultsIsNotAValidPageSize(
        string maxResults,
        string errorCode,
        string message)
    {
        // Act
        var result = _validator.Validate(new ListUsersQuery(maxResults, null));

        // Assert
        var failure = Assert.Single(result.Errors);
        Assert.Equal(errorCode, failure.ErrorCode);
        Assert.Equal(message, failure.ErrorMessage);
    }

    [Fact]
    public void Validate_ChecksMaxResults_WhenAPageTokenIsAlsoGiven()
    {
        // Act
        var result = _validator.Validate(new ListUsersQuery("101", "token"));

        // Assert
        var failure = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.MaxResultsTooHigh, failure.ErrorCode);
    }
}
