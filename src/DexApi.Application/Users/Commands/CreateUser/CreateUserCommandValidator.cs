using DexApi.Application.Common.Exceptions;
using FluentValidation;

namespace DexApi.Application.Users.Commands.CreateUser;

public sealed class CreateUserCommandValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserCommandValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        ClassLevelCascadeMode = CascadeMode.Stop;

        RuleFor(command => command.User)
            .NotNull()
            .WithErrorCode(ErrorCodes.InvalidRequest)
            .WithMessage(ErrorDescriptions.UserRequired);

        RuleFor(command => command.RedirectUrl).MustBeAUrl();

        // Note: the email is checked by the handler, after the redirect URL is matched against the client,
        // so that a request with both wrong gets invalid_redirect_url, as from Dex.
    }
}
