using FluentValidation;

namespace DexApi.Application.Tokens.Commands.IssueToken;

public sealed class IssueTokenCommandValidator : AbstractValidator<IssueTokenCommand>
{
    public IssueTokenCommandValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        ClassLevelCascadeMode = CascadeMode.Stop;

        RuleFor(command => command.GrantType)
            .NotEmpty()
            .WithErrorCode(ErrorCodes.InvalidRequest)
            .WithMessage("grant_type is required")
            .Must(grant => grant is GrantTypes.Password or GrantTypes.ClientCredentials)
            .WithErrorCode(ErrorCodes.UnsupportedGrantType)
            .WithMessage("grant_type must be password or client_credentials");

        When(command => command.GrantType == GrantTypes.Password, () =>
        {
            RuleFor(command => command.Username)
                .NotEmpty()
                .WithErrorCode(ErrorCodes.InvalidRequest)
                .WithMessage("username is required");
            RuleFor(command => command.Password)
                .NotEmpty()
                .WithErrorCode(ErrorCodes.InvalidRequest)
                .WithMessage("password is required");
        });
    }
}
