using DexApi.Application.Common.Exceptions;
using FluentValidation;

namespace DexApi.Application.Users.Commands;

/// <summary>The syntax check of <c>redirectURL</c>; whether the client registered it is checked later.</summary>
public static class RedirectUrlRules
{
    public static void MustBeAUrl<T>(this IRuleBuilder<T, string?> rule)
    {
        rule.Must(value => string.IsNullOrEmpty(value) || Uri.TryCreate(value, UriKind.RelativeOrAbsolute, out _))
            .WithErrorCode(ErrorCodes.InvalidRequest)
            .WithMessage(ErrorDescriptions.InvalidRedirectUrlSyntax);
    }
}
