using DexApi.Application.Common.Behaviors;
using FluentValidation;
using MediatR;
using ValidationException = DexApi.Application.Common.Exceptions.ValidationException;

namespace DexApi.Application.UnitTests.Common.Behaviors;

public sealed class ValidationBehaviorTests
{
    public sealed record SampleRequest(string? Name, int Count) : IRequest<string>;

    private int _nextCalls;

    private Task<string> Next()
    {
        _nextCalls++;
        return Task.FromResult("handled");
    }

    private static ValidationBehavior<SampleRequest, string> CreateBehavior(
        params IValidator<SampleRequest>[] validators) => new(validators);

    [Fact]
    public async Task Handle_ThrowsFirstFailureCodeAndMessage_WhenSeveralRulesFail()
    {
        // Arrange
        var validator = new InlineValidator<SampleRequest>();
        validator.RuleFor(request => request.Name).NotEmpty().WithErrorCode("first_code").WithMessage("first");
        validator.RuleFor(request => request.Count).GreaterThan(0).WithErrorCode("second_code").WithMessage("second");
        var behavior = CreateBehavior(validator);

        // Act
        var exception = await Assert.ThrowsAsync<ValidationException>(
            () => behavior.Handle(new SampleRequest(null, 0), CancellationToken.None, Next));

        // Assert
        Assert.Equal("first_code", exception.ErrorCode);
        Assert.Equal("first", exception.Description);
        Assert.Equal(0, _nextCalls);
    }

    [Fact]
    public async Task Handle_ThrowsFirstValidatorsFailure_WhenTwoValidatorsFail()
    {
        // Arrange
        var first = new InlineValidator<SampleRequest>();
        first.RuleFor(request => request.Count).GreaterThan(0).WithErrorCode("count_code").WithMessage("count");
        var second = new InlineValidator<SampleRequest>();
        second.RuleFor(request => request.Name).NotEmpty().WithErrorCode("name_code").WithMessage("name");
        var behavior = CreateBehavior(first, second);

        // Act
        var exception = await Assert.ThrowsAsync<ValidationException>(
            () => behavior.Handle(new SampleRequest(null, 0), CancellationToken.None, Next));

        // Assert
        Assert.Equal("count_code", exception.ErrorCode);
        Assert.Equal("count", exception.Description);
    }

    [Fact]
    public async Task Handle_ReportsInvalidRequest_WhenRuleHasNoErrorCode()
    {
        // Arrange
        var validator = new InlineValidator<SampleRequest>();
        validator.RuleFor(request => request.Name).NotNull().WithMessage("name is required");
        var behavior = CreateBehavior(validator);

        // Act
        var exception = await Assert.ThrowsAsync<ValidationException>(
            () => behavior.Handle(new SampleRequest(null, 1), CancellationToken.None, Next));

        // Assert
        Assert.Equal(ErrorCodes.InvalidRequest, exception.ErrorCode);
        Assert.Equal("name is required", exception.Description);
    }

    [Theory]
    [InlineData("NotAnErrorCode")]
    [InlineData("code-with-dashes")]
    [InlineData("code1")]
    public async Task Handle_ReportsInvalidRequest_WhenErrorCodeIsNotADexCode(string code)
    {
        // Arrange
        var validator = new InlineValidator<SampleRequest>();
        validator.RuleFor(request => request.Name).NotNull().WithErrorCode(code).WithMessage("bad");
        var behavior = CreateBehavior(validator);

        // Act
        var exception = await Assert.ThrowsAsync<ValidationException>(
            () => behavior.Handle(new SampleRequest(null, 1), CancellationToken.None, Next));

        // Assert
        Assert.Equal(ErrorCodes.InvalidRequest, exception.ErrorCode);
    }

    [Fact]
    public async Task Handle_CallsNextAndReturnsItsResponse_WhenEveryValidatorPasses()
    {
        // Arrange
        var validator = new InlineValidator<SampleRequest>();
        validator.RuleFor(request => request.Name).NotEmpty().WithErrorCode("name_code");
        var behavior = CreateBehavior(validator, new InlineValidator<SampleRequest>());

        // Act
        var response = await behavior.Handle(new SampleRequest("jane", 1), CancellationToken.None, Next);

        // Assert
        Assert.Equal("handled", response);
        Assert.Equal(1, _nextCalls);
    }

    [Fact]
    public async Task Handle_CallsNext_WhenRequestHasNoValidators()
    {
        // Arrange
        var behavior = CreateBehavior();

        // Act
        var response = await behavior.Handle(new SampleRequest(null, 0), CancellationToken.None, Next);

        // Assert
        Assert.Equal("handled", response);
        Assert.Equal(1, _nextCalls);
    }
}
