using DexApi.Application.Common.Exceptions;
using FluentValidation;

namespace DexApi.Application.Passwords.Commands.SetPassword;

/// <summary>Length rules of NIST SP 800-63B: at least 8 characters, at most 128, no composition rules.</summary>
public sealed class SetPasswordCommandValidator : AbstractValidator<SetPasswordCommand>
{
    public const int MinLength = 8;
    public const int MaxLength = 128;

    public SetPasswordCommandValidator()
    {
        RuleFor(command => command.Password)
            .Cascade(CascadeMode.Stop)
            .Must(password => password is { Length: >= MinLength })
            .WithErrorCode(ErrorCodes.InvalidRequest)
            .WithMessage(ErrorDescriptions.PasswordTooShort)
            .Must(password => password!.Length <= MaxLength)
            .WithErrorCode(ErrorCodes.InvalidRequest)
            .WithMessage(ErrorDescriptions.PasswordTooLong);
    }
}
