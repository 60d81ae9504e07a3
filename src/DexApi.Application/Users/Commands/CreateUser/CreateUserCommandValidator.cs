using DexApi.Application.Common.Exceptions;
using DexApi.Domain.Users;
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

        RuleFor(command => command.User!.Email)
            .Must(email => EmailAddress.TryParse(email, out _))
            .WithErrorCode(ErrorCodes.InvalidEmail)
            .WithMessage(ErrorDescriptions.InvalidEmail);
    }
}
