using DexApi.Application.Common.Exceptions;
using FluentValidation;

namespace DexApi.Application.Common.Paging;

/// <summary>Validation of <c>maxResults</c>, in the order Dex checked it.</summary>
public static class PageRequestRules
{
    public static void MustBeAValidPageSize<T>(this IRuleBuilderInitial<T, string?> rule)
    {
        rule.Cascade(CascadeMode.Stop)
            .Must(value => PageSize.TryParse(value, out _))
            .WithErrorCode(ErrorCodes.InvalidRequest)
            .WithMessage(ErrorDescriptions.MaxResultsNotInteger)
            .Must(value => PageSize.TryParse(value, out var size) && size <= PageSize.Max)
            .WithErrorCode(ErrorCodes.MaxResultsTooHigh)
            .WithMessage(ErrorDescriptions.MaxResultsTooHigh)
            .Must(value => PageSize.TryParse(value, out var size) && size >= 1)
            .WithErrorCode(ErrorCodes.InvalidRequest)
            .WithMessage(ErrorDescriptions.MaxResultsTooLow);
    }
}
