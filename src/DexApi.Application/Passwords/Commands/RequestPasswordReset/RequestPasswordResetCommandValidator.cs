using DexApi.Domain.Users;
using FluentValidation;

namespace DexApi.Application.Passwords.Commands.RequestPasswordReset;

public sealed class RequestPasswordResetCommandValidator : AbstractValidator<RequestPasswordResetCommand>
{
    public RequestPasswordResetCommandValidator()
    {
        RuleFor(command => command.Email)
            .Must(email => EmailAddress.TryParse(email?.Trim(), out _))
            .WithErrorCode(ErrorCodes.InvalidEmail)
            .WithMessage("Please enter a valid email address.");
    }
}
