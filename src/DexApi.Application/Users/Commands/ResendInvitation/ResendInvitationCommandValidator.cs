using FluentValidation;

namespace DexApi.Application.Users.Commands.ResendInvitation;

public sealed class ResendInvitationCommandValidator : AbstractValidator<ResendInvitationCommand>
{
    public ResendInvitationCommandValidator()
    {
        RuleFor(command => command.RedirectUrl).MustBeAUrl();
    }
}
