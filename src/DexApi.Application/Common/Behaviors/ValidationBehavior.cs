using FluentValidation;
using MediatR;
using ValidationException = DexApi.Application.Common.Exceptions.ValidationException;

namespace DexApi.Application.Common.Behaviors;

/// <summary>
/// Runs the request's validators before its handler. The Dex API reports one error at a time, so the
/// first failing rule, in the order the validator declares them, becomes the answer.
/// </summary>
public sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(
        TRequest request,
        CancellationToken cancellationToken,
        RequestHandlerDelegate<TResponse> next)
    {
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TRequest>(request), cancellationToken);
            var failure = result.Errors.FirstOrDefault();
            if (failure is not null)
            {
                throw new ValidationException(ToDexErrorCode(failure.ErrorCode), failure.ErrorMessage);
            }
        }

        return await next();
    }

    // Note: a rule without WithErrorCode carries FluentValidation's own code (such as NotNullValidator),
    // which no Dex client knows; those become the generic invalid_request.
    private static string ToDexErrorCode(string code)
        => code.Length > 0 && code.All(c => char.IsAsciiLetterLower(c) || c == '_') ? code : ErrorCodes.InvalidRequest;
}
